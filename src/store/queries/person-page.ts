import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { evidenceQuotes } from "./document-texts.js";
import { eventIdsOfPeople, loadEventRows, type EventRow } from "./event-rows.js";
import { groupEvents, summarizeEvent, type EventSummary } from "./event-summary.js";
import { summarizePerson, type PersonSummary } from "./list-people.js";
import { cleanDate } from "./partial-date.js";
import { loadPersonRows, type PersonRow } from "./person-rows.js";
import { documentRef } from "./sources.js";
import { byOccurred } from "./timeline.js";

/** A document as a source on a page. */
export interface SourceInfo {
  documentId: number;
  ref: string;
  title: string | null;
  url: string | null;
  source: string;
  published: string | null;
}

/** One source's account of an event, with the words it used. */
export interface Evidence extends SourceInfo {
  quote: string | null;
  start: number;
  end: number;
  /** The date this source gives the event, or null when it does not date it (an analyst's date when `corrected` has occurred). */
  occurred: string | null;
  /** The properties an analyst set over what this source says. */
  corrected: string[];
  disclosed: string | null;
  place: string | null;
  attribution: string | null;
  certainty: string;
}

/** An event on a person page: its summary and the first sources' accounts. */
export interface PageEvent extends EventSummary {
  /** At most `PageLimits.evidence` accounts, in the order they were stored. */
  evidence: Evidence[];
  /** Accounts not listed. */
  moreEvidence: number;
}

/**
 * Everything the person page shows: the summary, each spelling, posts over
 * time, documents and events with their evidence. A person named in
 * thousands of documents gets a page of bounded size: the lists stop at
 * PageLimits and say how many more there are (`person` still counts and
 * lists every document).
 */
export interface PersonPage {
  person: PersonSummary;
  /** Each spelling and the number of documents using it. */
  names: { name: string; documents: number }[];
  /** Posts in order of first mention, with the publication dates of the documents that gave them. */
  posts: { title: string; dates: string[] }[];
  /** The first `PageLimits.documents` documents by publication date. */
  documents: SourceInfo[];
  /** Documents not listed. */
  moreDocuments: number;
  events: PageEvent[];
}

/** How much one page lists: documents, and accounts (quotes) per event. */
export interface PageLimits {
  documents: number;
  evidence: number;
}

export const PAGE_LIMITS: Readonly<PageLimits> = { documents: 50, evidence: 20 };

const sourceInfo = (r: PersonRow | EventRow): SourceInfo => ({
  documentId: r.documentId, ref: documentRef(r), title: r.title, url: r.url, source: r.source, published: r.published,
});

function nameUses(rows: PersonRow[]): PersonPage["names"] {
  const docs = new Map<string, Set<number>>();
  for (const r of rows) for (const n of [r.name, ...r.aliases]) docs.set(n, (docs.get(n) ?? new Set()).add(r.documentId));
  return [...docs].map(([name, ids]) => ({ name, documents: ids.size })).sort((a, b) => b.documents - a.documents);
}

/** "deputy ambassador" in documents of 2016-08 and 2016-09, then "minister" in 2019. Undated mentions sort last. */
function postsOverTime(rows: PersonRow[]): PersonPage["posts"] {
  const dates = new Map<string, Set<string>>();
  for (const r of rows) for (const t of r.titles) {
    const set = dates.get(t) ?? new Set<string>();
    const d = cleanDate(r.published);
    if (d) set.add(d);
    dates.set(t, set);
  }
  const posts = [...dates].map(([title, ds]) => ({ title, dates: [...ds].sort() }));
  return posts.sort((a, b) => (a.dates[0] ?? "9999").localeCompare(b.dates[0] ?? "9999"));
}

function evidenceOf(r: EventRow, quotes: Map<number, string | null>): Evidence {
  const { start, end, occurred, disclosed, place, attribution, certainty } = r;
  return { ...sourceInfo(r), quote: quotes.get(r.id) ?? null, start, end, occurred, corrected: r.corrected, disclosed, place, attribution, certainty };
}

/** The person's events, each summarised from all its rows, the first few rows quoted (only those texts are read). */
async function pageEvents(db: Kysely<Database>, person: number, limit: number): Promise<PageEvent[]> {
  const eventRows = await loadEventRows(db, { events: await eventIdsOfPeople(db, [person]) });
  const groups = groupEvents(eventRows);
  const quotes = await evidenceQuotes(db, groups.flatMap((g) => g.slice(0, limit).map((r) => r.id)));
  return groups.map((group) => ({
    ...summarizeEvent(group),
    evidence: group.slice(0, limit).map((r) => evidenceOf(r, quotes)),
    moreEvidence: Math.max(0, group.length - limit),
  })).sort(byOccurred);
}

/** The page of one knowledge-base person, or undefined when no document names them. */
export async function personPage(db: Kysely<Database>, id: number, limits: PageLimits = PAGE_LIMITS): Promise<PersonPage | undefined> {
  const rows = await loadPersonRows(db, [id]);
  if (!rows.length) return undefined;
  const events = await pageEvents(db, id, limits.evidence);
  const documents = [...new Map(rows.map((r) => [r.documentId, r])).values()]
    .sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.documentId - b.documentId);
  return {
    person: summarizePerson(rows, events), names: nameUses(rows), posts: postsOverTime(rows),
    documents: documents.slice(0, limits.documents).map(sourceInfo), moreDocuments: Math.max(0, documents.length - limits.documents), events,
  };
}
