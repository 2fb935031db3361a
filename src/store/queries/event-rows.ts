import type { Kysely } from "kysely";
import type { Database } from "../database.js";
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
  occurred: string | null;
  stated: boolean;
  disclosed: string | null;
  place: string | null;
  start: number;
  end: number;
  attribution: string | null;
  certainty: string;
  title: string | null;
  published: string | null;
}

/** Which event rows to load: all, or those of some events, people or one type. */
export interface EventRowFilter {
  events?: number[];
  people?: number[];
  type?: string;
}

/** doc_events rows with their document and knowledge-base person, in id order. */
export async function loadEventRows(db: Kysely<Database>, filter: EventRowFilter = {}): Promise<EventRow[]> {
  const { events, people, type } = filter;
  if ((events && !events.length) || (people && !people.length)) return [];
  const rows = await db
    .selectFrom("doc_events as e")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .leftJoin("doc_people as p", "p.id", "e.doc_person_id")
    .select((eb) => [
      "e.id", "e.type", "e.actor", "e.occurred", "e.occurred_stated", "e.disclosed", "e.place", "e.start", "e.end",
      "e.attribution", "e.certainty", "e.document_id", "d.url", "d.source", "d.copy_of", "d.title", "d.published",
      eb.fn.coalesce("e.event_id", "e.id").as("event"),
      eb.fn.coalesce("p.person_id", "p.id").as("person"),
    ])
    .$if(events !== undefined, (qb) => qb.where((eb) => eb(eb.fn.coalesce("e.event_id", "e.id"), "in", events!)))
    .$if(people !== undefined, (qb) => qb.where((eb) => eb(eb.fn.coalesce("p.person_id", "p.id"), "in", people!)))
    .$if(type !== undefined, (qb) => qb.where("e.type", "=", type!))
    .orderBy("e.id")
    .execute();
  return rows.map(({ occurred_stated, document_id, copy_of, ...r }) => ({
    ...r,
    stated: Boolean(occurred_stated),
    documentId: document_id,
    copyOf: copy_of,
  }));
}
