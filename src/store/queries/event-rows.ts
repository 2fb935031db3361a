import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { inClusters } from "../cluster-members.js";
import { inChunks } from "./in-chunks.js";
import { stringList } from "../json-list.js";
import type { SourceDocument } from "./sources.js";

/** One source's account of an event, with the knowledge-base ids it belongs to and its document. */
export interface EventRow extends SourceDocument {
  id: number;
  /** The knowledge-base event: event_id, or the row's own id before resolution has run. */
  event: number;
  type: string;
  /** The knowledge-base person it happened to, or null when the text names no one. */
  person: number | null;
  actor: string | null;
  /** The date this source states, or null when it does not date the event. */
  occurred: string | null;
  disclosed: string | null;
  place: string | null;
  start: number;
  end: number;
  attribution: string | null;
  certainty: string;
  title: string | null;
  published: string | null;
  /** pending or accepted (rejected rows are never read). */
  review: string;
  /** The properties an analyst set on this row ("occurred", "type"…). */
  corrected: string[];
}

/** Which event rows to load: all, or those of some events, people or one type. */
export interface EventRowFilter {
  events?: number[];
  people?: number[];
  type?: string;
}

/** The doc_people rows of some knowledge-base people (person_id, or an unresolved row's own id). */
async function docPeopleOf(db: Kysely<Database>, people: number[]): Promise<number[]> {
  const query = (chunk: number[]) => db.selectFrom("doc_people").select("id")
    .where((eb) => inClusters(eb, "person_id", "id", chunk))
    .execute();
  return (await inChunks(people, query)).map((r) => r.id);
}

/** The knowledge-base events of some knowledge-base people (any source linking them counts): ids only, no row read in full. */
export async function eventIdsOfPeople(db: Kysely<Database>, people: number[]): Promise<number[]> {
  const query = (chunk: number[]) => db.selectFrom("doc_people as p").innerJoin("doc_events as e", "e.doc_person_id", "p.id")
    .select((eb) => eb.fn.coalesce("e.event_id", "e.id").as("id"))
    .where((eb) => inClusters(eb, "p.person_id", "p.id", chunk))
    .where("e.review", "!=", "rejected")
    .distinct().execute();
  return [...new Set((await inChunks(people, query)).map((r) => r.id))];
}

/** doc_events rows with their document and knowledge-base person, in id order. */
export async function loadEventRows(db: Kysely<Database>, filter: EventRowFilter = {}): Promise<EventRow[]> {
  const { events, people, type } = filter;
  if (people) {
    // through doc_people first: a filter on the left-joined table would scan every event
    const wanted = events && new Set(events);
    const rows = await inChunks(await docPeopleOf(db, people), (chunk) => eventRowsWhere(db, { docPeople: chunk, type }));
    return wanted ? rows.filter((r) => wanted.has(r.event)) : rows;
  }
  if (events) return inChunks(events, (chunk) => eventRowsWhere(db, { events: chunk, type }));
  return eventRowsWhere(db, { type });
}

async function eventRowsWhere(db: Kysely<Database>, where: { events?: number[]; docPeople?: number[]; type?: string }): Promise<EventRow[]> {
  const { events, docPeople, type } = where;
  const rows = await db
    .selectFrom("doc_events as e")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .leftJoin("doc_people as p", "p.id", "e.doc_person_id")
    .select((eb) => [
      "e.id", "e.type", "e.actor", "e.occurred", "e.disclosed", "e.place", "e.start", "e.end",
      "e.attribution", "e.certainty", "e.document_id", "d.url", "d.source", "d.copy_of", "d.title", "d.published", "e.review", "e.corrected",
      eb.fn.coalesce("e.event_id", "e.id").as("event"),
      eb.fn.coalesce("p.person_id", "p.id").as("person"),
    ])
    // the cluster id IN (…), or an unresolved row's own id: written out so the indexes serve it
    .$if(events !== undefined, (qb) => qb.where((eb) => inClusters(eb, "e.event_id", "e.id", events!)))
    .$if(docPeople !== undefined, (qb) => qb.where("e.doc_person_id", "in", docPeople!))
    .$if(type !== undefined, (qb) => qb.where("e.type", "=", type!))
    // an event an analyst rejected is kept (with its statements) but read nowhere
    .where("e.review", "!=", "rejected")
    .orderBy("e.id")
    .execute();
  return rows.map(({ document_id, copy_of, corrected, ...r }) => ({
    ...r,
    corrected: stringList(corrected),
    documentId: document_id,
    copyOf: copy_of,
  }));
}
