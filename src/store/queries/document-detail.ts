import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { storedSpans } from "../facts/materialize.js";
import { quoteOf } from "./document-texts.js";
import { jsonArray, stringList } from "../json-list.js";
import type { DocumentSummary } from "./list-documents.js";
import { documentRef } from "./sources.js";

/** A span of the document's text and the words it covers. */
export interface Quoted { start: number; end: number; text: string | null }

/** A person as this document names them, with every mention. */
export interface DocumentPerson {
  /** The doc_people row. */
  id: number;
  /** The knowledge-base person it belongs to. */
  person: number;
  name: string;
  aliases: string[];
  titles: string[];
  mentions: Quoted[];
}

/** An event as this document reports it, with its evidence sentence. */
export interface DocumentEvent {
  /** The doc_events row. */
  id: number;
  /** The knowledge-base event it belongs to. */
  event: number;
  type: string;
  person: number | null;
  actor: string | null;
  /** null when the text does not date it. */
  occurred: string | null;
  disclosed: string | null;
  place: string | null;
  attribution: string | null;
  certainty: string;
  evidence: Quoted;
  /** pending, accepted or rejected (a rejected event is shown only here, marked). */
  review: string;
}

/** A statement of this document: a value of a property of one of its people or events, with every span that gives it. */
export interface DocumentStatement {
  id: number;
  /** "doc_person:12", "doc_event:7". */
  subject: string;
  prop: string;
  value: string;
  spans: Quoted[];
  producer: string;
  review: string;
}

/** One stored document: its text and what was extracted from it, every span quoted. */
export interface DocumentDetail {
  document: DocumentSummary & { level: string };
  text: string;
  people: DocumentPerson[];
  events: DocumentEvent[];
  statements: DocumentStatement[];
}

const isSpan = (v: unknown): v is { start: number; end: number } =>
  typeof v === "object" && v !== null && typeof (v as { start?: unknown }).start === "number" && typeof (v as { end?: unknown }).end === "number";

const quoted = (text: string, start: number, end: number): Quoted => ({ start, end, text: quoteOf(text, start, end) });

async function documentPeople(db: Kysely<Database>, id: number, text: string): Promise<DocumentPerson[]> {
  const rows = await db.selectFrom("doc_people").select((eb) => ["id", "name", "aliases", "titles", "mentions", eb.fn.coalesce("person_id", "id").as("person")])
    .where("document_id", "=", id).orderBy("local").execute();
  return rows.map((r) => ({
    id: r.id, person: r.person, name: r.name, aliases: stringList(r.aliases), titles: stringList(r.titles),
    mentions: jsonArray(r.mentions).filter(isSpan).map((m) => quoted(text, m.start, m.end)),
  }));
}

async function documentEvents(db: Kysely<Database>, id: number, text: string): Promise<DocumentEvent[]> {
  const rows = await db.selectFrom("doc_events as e").leftJoin("doc_people as p", "p.id", "e.doc_person_id")
    .select((eb) => ["e.id", "e.type", "e.actor", "e.occurred", "e.disclosed", "e.place", "e.start", "e.end", "e.attribution", "e.certainty", "e.review",
      eb.fn.coalesce("e.event_id", "e.id").as("event"), eb.fn.coalesce("p.person_id", "p.id").as("person")])
    .where("e.document_id", "=", id).orderBy("e.id").execute();
  return rows.map(({ start, end, ...r }) => ({ ...r, evidence: quoted(text, start, end) }));
}

async function documentStatements(db: Kysely<Database>, id: number, text: string): Promise<DocumentStatement[]> {
  const rows = await db.selectFrom("statements").select(["id", "subject", "prop", "value", "start", "end", "spans", "producer", "review"])
    .where("document_id", "=", id).orderBy("id").execute();
  return rows.map((r) => ({ id: r.id, subject: r.subject, prop: r.prop, value: r.value, spans: storedSpans(r).map((s) => quoted(text, s.start, s.end)), producer: r.producer, review: r.review }));
}

/** A document with its people (their mentions) and events (their evidence), or undefined when there is no such document. */
export async function documentDetail(db: Kysely<Database>, id: number): Promise<DocumentDetail | undefined> {
  const doc = await db.selectFrom("documents").select(["id", "url", "source", "title", "outlet", "published", "copy_of", "level", "text"])
    .where("id", "=", id).executeTakeFirst();
  if (!doc) return undefined;
  const { text, copy_of, ...rest } = doc;
  return {
    document: { ...rest, ref: documentRef(doc), copyOf: copy_of },
    text,
    people: await documentPeople(db, id, text),
    events: await documentEvents(db, id, text),
    statements: await documentStatements(db, id, text),
  };
}
