import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { inClusters } from "../cluster-members.js";
import { eventAnchor, personAnchor, statementAnchor } from "./fact-effects.js";
import { storedSpans } from "./materialize.js";

/** The rows a judgement applies to, by anchor, and the documents and people they belong to. */
export interface Anchored {
  anchors: string[];
  documents: number[];
  /** doc_people rows touched: the event's people, or the person itself (for resolution afterwards). */
  docPeople: number[];
}

/** The rows of a knowledge-base event (rejected ones too, so that an undo finds them), anchored by their evidence. */
export async function eventRowsAnchored(db: Kysely<Database>, eventId: number): Promise<Anchored> {
  const rows = await db.selectFrom("doc_events").select(["id", "document_id", "start", "end", "doc_person_id"])
    .where((eb) => inClusters(eb, "event_id", "id", [eventId])).orderBy("id").execute();
  return {
    anchors: rows.map((r) => eventAnchor(r.document_id, r)),
    documents: [...new Set(rows.map((r) => r.document_id))],
    docPeople: [...new Set(rows.map((r) => r.doc_person_id).filter((p): p is number => p !== null))],
  };
}

/** A knowledge-base person's own row (its id is that row's), anchored by its document and name. */
export async function personRowAnchored(db: Kysely<Database>, personId: number): Promise<Anchored> {
  const row = await db.selectFrom("doc_people").select(["id", "document_id", "name"]).where("id", "=", personId).executeTakeFirst();
  return row ? { anchors: [personAnchor(row.document_id, row.name)], documents: [row.document_id], docPeople: [row.id] } : { anchors: [], documents: [], docPeople: [] };
}

/** One statement, anchored by its subject's anchor, property, value and first span. */
export async function statementAnchored(db: Kysely<Database>, statementId: number): Promise<Anchored & { subject: string } | undefined> {
  const s = await db.selectFrom("statements").selectAll().where("id", "=", statementId).executeTakeFirst();
  if (!s) return undefined;
  const isPerson = s.subject.startsWith("doc_person:");
  const key = await db.selectFrom("statements").select(["value", "start", "end"]).where("subject", "=", s.subject)
    .where("prop", "=", isPerson ? "name" : "type").orderBy("id").executeTakeFirst();
  const row = isPerson ? personAnchor(s.document_id, key?.value ?? "") : eventAnchor(s.document_id, key ?? { start: 0, end: 0 });
  const subjectId = Number(s.subject.slice(s.subject.indexOf(":") + 1));
  const docPeople = isPerson ? [subjectId] : (await db.selectFrom("doc_events").select("doc_person_id").where("id", "=", subjectId).execute())
    .flatMap((r) => (r.doc_person_id === null ? [] : [r.doc_person_id]));
  return { anchors: [statementAnchor(row, { prop: s.prop, value: s.value, spans: storedSpans(s) })], documents: [s.document_id], docPeople, subject: s.subject };
}
