import type { EventRow } from "./event-rows.js";
import { byFrequency } from "../json-list.js";
import { cleanDate, earliestDate, lagDays, pickDate } from "./partial-date.js";
import { documentCount, documentIds, documentRefs, independentCount } from "./sources.js";

/** A knowledge-base event: what its sources agree on. */
export interface EventSummary {
  id: number;
  type: string;
  /** The knowledge-base person it happened to, or null when no source names them. */
  person: number | null;
  actor: string | null;
  /** The most precise date the sources agree on; null when no source dates the event (undated, never a publication date). */
  occurred: string | null;
  /** When the sources say it was made public ("announced on …"), or null when none says. */
  disclosed: string | null;
  /** The earliest publication among its sources: when it was first reported, not when it happened or was disclosed. */
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
  /** Days from occurred to the disclosure a source states, when both are known to the month. */
  lagDays: number | null;
  /** Days from occurred to the first report, when both are known to the month: a figure of its own, not a disclosure lag. */
  reportLagDays: number | null;
  /** Every date its sources give, when they give more than one (a contradiction, or dates of several precisions). */
  reportedDates: string[];
  /** The properties an analyst set ("occurred", "type", "person", "place"): those values stand over the sources'. */
  corrected: string[];
  /** accepted when an analyst accepted or corrected it, else pending. */
  review: string;
}

const CERTAINTY_ORDER = ["confirmed", "reported", "alleged", "denied"];

function mostCommon<T>(values: T[], order: (a: T, b: T) => number = () => 0): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || order(a, b))[0];
}

const certaintyRank = (c: string): number => (CERTAINTY_ORDER.indexOf(c) + 1 || CERTAINTY_ORDER.length + 1);

/** The rows whose value of a property counts: those an analyst set it on, else all. */
const deciding = (rows: EventRow[], prop: string): EventRow[] => {
  const set = rows.filter((r) => r.corrected.includes(prop));
  return set.length ? set : rows;
};

/** The summary of one event from the rows of its cluster (at least one); an analyst's value stands over the sources'. */
export function summarizeEvent(rows: EventRow[]): EventSummary {
  const occurred = pickDate(deciding(rows, "occurred").map((r) => r.occurred));
  const disclosed = pickDate(rows.map((r) => r.disclosed));
  const firstReported = earliestDate(rows.map((r) => r.published));
  return {
    id: rows[0].event,
    type: mostCommon(deciding(rows, "type").map((r) => r.type))!,
    person: mostCommon(deciding(rows, "person").map((r) => r.person).filter((p): p is number => p !== null), (a, b) => a - b) ?? null,
    actor: rows.find((r) => r.actor)?.actor ?? null,
    occurred,
    disclosed,
    firstReported,
    places: byFrequency(deciding(rows, "place").map((r) => r.place).filter((p): p is string => Boolean(p))),
    certainty: mostCommon(rows.map((r) => r.certainty), (a, b) => certaintyRank(a) - certaintyRank(b))!,
    attributions: byFrequency(rows.map((r) => r.attribution).filter((a): a is string => Boolean(a))),
    documents: documentRefs(rows),
    documentIds: documentIds(rows),
    sources: documentCount(rows),
    independentSources: independentCount(rows),
    lagDays: lagDays(occurred, disclosed),
    reportLagDays: lagDays(occurred, firstReported),
    reportedDates: reportedDates(rows),
    corrected: [...new Set(rows.flatMap((r) => r.corrected))],
    review: rows.some((r) => r.review === "accepted") ? "accepted" : "pending",
  };
}

/** The distinct dates the sources give, earliest first, when there is more than one. */
function reportedDates(rows: EventRow[]): string[] {
  const dates = [...new Set(rows.map((r) => cleanDate(r.occurred)).filter((d): d is string => d !== null))].sort();
  return dates.length > 1 ? dates : [];
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
