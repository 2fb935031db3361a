import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { documentTexts, quoteOf } from "./document-texts.js";
import { jsonArray } from "../json-list.js";
import { documentRef } from "./sources.js";

/** One side of a contradiction: the reference as stored, and the words of the source it points to. */
export interface ConflictSide {
  ref: string;
  /** The knowledge-base person the source speaks of, when the reference leads to one. */
  person: number | null;
  documentId: number | null;
  document: string | null;
  title: string | null;
  published: string | null;
  quote: string | null;
}

/** An open contradiction between two sources, waiting for an analyst. */
export interface Conflict {
  id: number;
  subject: string;
  /** The knowledge-base person: the subject's when it is "person:N", else the one the sources speak of. */
  person: number | null;
  detail: string;
  createdAt: string;
  left: ConflictSide;
  right: ConflictSide;
}

/** Where a reference points: a span in a document. */
interface Located {
  documentId: number;
  person: number | null;
  start: number;
  end: number;
}

const REF = /^(?:doc_)?(event|person|statement)s?:(\d+)$/;

/**
 * The span a review reference names: "doc_event:7" (or "event:7", a knowledge-base
 * event being its smallest doc_events id) gives its evidence, "statement:3" its
 * span, "doc_person:12" its first mention. Undefined for anything else.
 */
async function locate(db: Kysely<Database>, ref: string): Promise<Located | undefined> {
  const m = REF.exec(ref.trim());
  if (!m) return undefined;
  const id = Number(m[2]);
  if (m[1] === "event") {
    return db.selectFrom("doc_events as e").leftJoin("doc_people as p", "p.id", "e.doc_person_id")
      .select((eb) => ["e.document_id as documentId", "e.start", "e.end", eb.fn.coalesce("p.person_id", "p.id").as("person")])
      .where("e.id", "=", id).executeTakeFirst();
  }
  if (m[1] === "statement") {
    const statement = await db.selectFrom("statements").select(["document_id as documentId", "start", "end"]).where("id", "=", id).executeTakeFirst();
    return statement && { ...statement, person: null };
  }
  const row = await db.selectFrom("doc_people").select((eb) => ["document_id", "mentions", eb.fn.coalesce("person_id", "id").as("person")]).where("id", "=", id).executeTakeFirst();
  if (!row) return undefined;
  const [first] = jsonArray(row.mentions) as ({ start: number; end: number } | undefined)[];
  return { documentId: row.document_id, person: row.person, start: first?.start ?? 0, end: first?.end ?? 0 };
}

/** One side of a review item: the reference read back as the words of its source. */
export async function side(db: Kysely<Database>, ref: string): Promise<ConflictSide> {
  const at = await locate(db, ref);
  if (!at) return { ref, person: null, documentId: null, document: null, title: null, published: null, quote: null };
  const doc = await db.selectFrom("documents").select(["url", "source", "title", "published"]).where("id", "=", at.documentId).executeTakeFirst();
  const texts = await documentTexts(db, [at.documentId]);
  return {
    ref,
    person: at.person,
    documentId: at.documentId,
    document: doc ? documentRef(doc) : null,
    title: doc?.title ?? null,
    published: doc?.published ?? null,
    quote: quoteOf(texts.get(at.documentId), at.start, at.end),
  };
}

/** Open review items of kind contradiction, oldest first, each with the words of both sources. */
export async function listConflicts(db: Kysely<Database>): Promise<Conflict[]> {
  const items = await db.selectFrom("review_items").selectAll().where("kind", "=", "contradiction").where("status", "=", "open").orderBy("id").execute();
  const conflicts: Conflict[] = [];
  for (const item of items) {
    const subjectPerson = /^person:(\d+)$/.exec(item.subject)?.[1];
    const [left, right] = [await side(db, item.left_ref), await side(db, item.right_ref)];
    const person = subjectPerson ? Number(subjectPerson) : (left.person ?? right.person);
    conflicts.push({ id: item.id, subject: item.subject, person, detail: item.detail, createdAt: item.created_at, left, right });
  }
  return conflicts;
}
