import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { quoteOf } from "./document-texts.js";
import { jsonArray } from "../json-list.js";
import { documentRef } from "./sources.js";

/** One source's words for a person or an event: where they are, and what they say. */
export interface Evidence {
  /** The knowledge-base person or event. */
  of: number;
  documentId: number;
  /** The document's URL, else the file it was read from. */
  ref: string;
  url: string | null;
  published: string | null;
  /** For a person: the spelling this document uses. */
  name: string | null;
  start: number;
  end: number;
  quote: string | null;
}

/** Every event's evidence in every source (rejected events left out), by event then document. */
export async function eventEvidence(db: Kysely<Database>): Promise<Evidence[]> {
  const rows = await db.selectFrom("doc_events as e").innerJoin("documents as d", "d.id", "e.document_id")
    .select((eb) => ["e.start", "e.end", "e.document_id", "d.url", "d.source", "d.published", eb.fn.coalesce("e.event_id", "e.id").as("of"),
      eb.fn<string | null>("substr", ["d.text", eb.val(1), "e.end"]).as("head")])
    .where("e.review", "!=", "rejected").orderBy("e.id").execute();
  return rows.map((r) => ({
    of: r.of, documentId: r.document_id, ref: documentRef(r), url: r.url, published: r.published, name: null, start: r.start, end: r.end,
    quote: quoteOf(r.head ?? undefined, r.start, r.end),
  })).sort((a, b) => a.of - b.of || a.documentId - b.documentId);
}

/** Every person's first mention in every source that names them, by person then document. */
export async function personEvidence(db: Kysely<Database>): Promise<Evidence[]> {
  const rows = await db.selectFrom("doc_people as p").innerJoin("documents as d", "d.id", "p.document_id")
    .select((eb) => ["p.name", "p.mentions", "p.document_id", "d.url", "d.source", "d.published", "d.text", eb.fn.coalesce("p.person_id", "p.id").as("of")])
    .orderBy("p.id").execute();
  return rows.map((r) => {
    const [first] = jsonArray(r.mentions) as ({ start: number; end: number } | undefined)[];
    const start = first?.start ?? 0, end = first?.end ?? 0;
    return { of: r.of, documentId: r.document_id, ref: documentRef(r), url: r.url, published: r.published, name: r.name, start, end, quote: quoteOf(r.text, start, end) };
  }).sort((a, b) => a.of - b.of || a.documentId - b.documentId);
}
