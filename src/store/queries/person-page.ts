import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { documentTexts, quoteOf } from "./document-texts.js";
import { loadEventRows, type EventRow } from "./event-rows.js";
import { groupEvents, summarizeEvent, type EventSummary } from "./event-summary.js";
import { summarizePerson, type PersonSummary } from "./list-people.js";
import { eventsOfPeople } from "./list-events.js";
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
  occurred: string | null;
  /** False when the text gave no date and the publication date stands in. */
  occurredStated: boolean;
  disclosed: string | null;
  place: string | null;
  attribution: string | null;
  certainty: string;
}

/** Everything the person page shows: the summary, each spelling, posts over time, events with their evidence. */
export interface PersonPage {
  person: PersonSummary;
  /** Each spelling and the number of documents using it. */
  names: { name: string; documents: number }[];
  /** Posts in order of first mention, with the publication dates of the documents that gave them. */
  posts: { title: string; dates: string[] }[];
  documents: SourceInfo[];
  events: (EventSummary & { evidence: Evidence[] })[];
}

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

function evidenceOf(r: EventRow, texts: Map<number, string>): Evidence {
  const { start, end, occurred, disclosed, place, attribution, certainty } = r;
  const quote = quoteOf(texts.get(r.documentId), start, end);
  return { ...sourceInfo(r), quote, start, end, occurred, occurredStated: r.stated, disclosed, place, attribution, certainty };
}

/** The page of one knowledge-base person, or undefined when no document names them. */
export async function personPage(db: Kysely<Database>, id: number): Promise<PersonPage | undefined> {
  const rows = await loadPersonRows(db, [id]);
  if (!rows.length) return undefined;
  const eventRows = await loadEventRows(db, { events: await eventsOfPeople(db, [id]) });
  const texts = await documentTexts(db, eventRows.map((r) => r.documentId));
  const events = groupEvents(eventRows).map((group) => ({ ...summarizeEvent(group), evidence: group.map((r) => evidenceOf(r, texts)) })).sort(byOccurred);
  const documents = [...new Map(rows.map((r) => [r.documentId, sourceInfo(r)])).values()]
    .sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.documentId - b.documentId);
  return { person: summarizePerson(rows, events), names: nameUses(rows), posts: postsOverTime(rows), documents, events };
}
