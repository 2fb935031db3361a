import type { Kysely } from "kysely";
import type { Database, LevelledTable } from "../database.js";

/** Who protected what, when, at which level and under which pseudonym. */
export interface Protection { level: string; pseudonym: string; by: string; at: string }

/** Protects these document persons and name keys (any protection they had is replaced). */
export async function protectRows(db: Kysely<Database>, rows: number[], keys: string[], p: Protection): Promise<void> {
  await unprotectRows(db, rows, keys);
  for (let i = 0; i < rows.length; i += 100) {
    await db.insertInto("protections").values(rows.slice(i, i + 100).map((id) => ({ doc_person_id: id, ...p }))).execute();
  }
  for (let i = 0; i < keys.length; i += 100) {
    await db.insertInto("protected_names").values(keys.slice(i, i + 100).map((key) => ({ key, ...p }))).execute();
  }
}

/** Lifts the protections of these document persons and name keys; how many rows were protected. */
export async function unprotectRows(db: Kysely<Database>, rows: number[], keys: string[]): Promise<number> {
  const result = await db.deleteFrom("protections").where("doc_person_id", "in", rows).executeTakeFirst();
  if (keys.length) await db.deleteFrom("protected_names").where("key", "in", keys).execute();
  return Number(result.numDeletedRows);
}

/** Sets the level of one document, event or statement row. */
export async function setRowLevel(db: Kysely<Database>, table: LevelledTable, id: number, level: string): Promise<void> {
  await db.updateTable(table).set({ level }).where("id", "=", id).execute();
}

/** Sets the level of a document's events and statements that are at one of the levels `from`. */
export async function setDocumentPartsLevel(db: Kysely<Database>, documentId: number, level: string, from: string[]): Promise<void> {
  for (const table of ["doc_events", "statements"] as const) {
    await db.updateTable(table).set({ level }).where("document_id", "=", documentId).where("level", "in", from).execute();
  }
}
