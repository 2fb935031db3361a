import type { EventRow } from "./event-rows.js";
import { byFrequency } from "./json-list.js";
import { cleanDate, earliestDate, lagDays, pickDate } from "./partial-date.js";
import { documentCount, documentIds, documentRefs, independentCount } from "./sources.js";

/** A knowledge-base event: what its sources agree on. */
export interface EventSummary {
  id: number;
  type: string;
  /** The knowledge-base person it happened to, or null when no source names them. */
  person: number | null;
  actor: string | null;
  /** The most precise date the sources agree on (dates the text states first). */
  occurred: string | null;
  /** False when no source states the date and a publication date stands in for it. */
  occurredStated: boolean;
  disclosed: string | null;
  /** The earliest publication among its sources. */
  firstReported: string | null;
  places: string[];
  /** What most sources say: confirmed, reported, alleged or denied. */
  certainty: string;
  attributions: string[];
  documents: string[];
  /** Ids of those documents (two documents may share a URL). */
  documentIds: number[];
  sources: number;
  independentSources: number;
  /**
   * Days from occurred to disclosed (or to the first report), when both are
   * known to the month and a source states the date: a publication date
   * standing in for it would make the lag 0 by construction.
   */
  lagDays: number | null;
}

const CERTAINTY_ORDER = ["confirmed", "reported", "alleged", "denied"];

function mostCommon<T>(values: T[], order: (a: T, b: T) => number = () => 0): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || order(a, b))[0];
}

const certaintyRank = (c: string): number => (CERTAINTY_ORDER.indexOf(c) + 1 || CERTAINTY_ORDER.length + 1);

/** The summary of one event from the rows of its cluster (at least one). */
export function summarizeEvent(rows: EventRow[]): EventSummary {
  const occurred = pickDate(rows.map((r) => ({ value: r.occurred, stated: r.stated })));
  const disclosed = pickDate(rows.map((r) => ({ value: r.disclosed, stated: true })));
  const firstReported = earliestDate(rows.map((r) => r.published));
  const occurredStated = rows.some((r) => r.stated && cleanDate(r.occurred) !== null);
  return {
    id: rows[0].event,
    type: mostCommon(rows.map((r) => r.type))!,
    person: mostCommon(rows.map((r) => r.person).filter((p): p is number => p !== null), (a, b) => a - b) ?? null,
    actor: rows.find((r) => r.actor)?.actor ?? null,
    occurred,
    occurredStated,
    disclosed,
    firstReported,
    places: byFrequency(rows.map((r) => r.place).filter((p): p is string => Boolean(p))),
    certainty: mostCommon(rows.map((r) => r.certainty), (a, b) => certaintyRank(a) - certaintyRank(b))!,
    attributions: byFrequency(rows.map((r) => r.attribution).filter((a): a is string => Boolean(a))),
    documents: documentRefs(rows),
    documentIds: documentIds(rows),
    sources: documentCount(rows),
    independentSources: independentCount(rows),
    lagDays: occurredStated ? lagDays(occurred, disclosed ?? firstReported) : null,
  };
}

/** Rows grouped into their events, in order of event id. */
export function groupEvents(rows: EventRow[]): EventRow[][] {
  const groups = new Map<number, EventRow[]>();
  for (const r of rows) {
    const group = groups.get(r.event);
    if (group) group.push(r);
    else groups.set(r.event, [r]);
  }
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, g]) => g);
}

/** Event summaries from rows of any number of events, in order of event id. */
export const summarizeEvents = (rows: EventRow[]): EventSummary[] => groupEvents(rows).map(summarizeEvent);
