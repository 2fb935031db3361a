import type { Kysely } from "kysely";
import type { Database, LevelledTable } from "../database.js";
import { inClusters } from "../cluster-members.js";

/** The document persons of a person (every row of its cluster) with their names and aliases. */
export const personRowsWithNames = (db: Kysely<Database>, person: number) =>
  db.selectFrom("doc_people").select(["id", "name", "aliases"]).where((eb) => inClusters(eb, "person_id", "id", [person])).execute();

/** The level of every protection of these document persons, and of their names. */
export async function protectionLevels(db: Kysely<Database>, rows: number[]): Promise<string[]> {
  const levels: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const slice = rows.slice(i, i + 500);
    levels.push(...(await db.selectFrom("protections").select("level").where("doc_person_id", "in", slice).execute()).map((r) => r.level));
    levels.push(...(await db.selectFrom("protected_names as pn").innerJoin("doc_person_names as n", "n.key", "pn.key")
      .select("pn.level").where("n.doc_person_id", "in", slice).execute()).map((r) => r.level));
  }
  return levels;
}

/** The level of one row of a document, event or statement; undefined when there is no such row. */
export async function levelOfRow(db: Kysely<Database>, table: LevelledTable, id: number): Promise<string | undefined> {
  return (await db.selectFrom(table).select("level").where("id", "=", id).executeTakeFirst())?.level;
}

/** The document persons of a document. */
export async function docPeopleOfDocument(db: Kysely<Database>, documentId: number): Promise<number[]> {
  return (await db.selectFrom("doc_people").select("id").where("document_id", "=", documentId).execute()).map((r) => r.id);
}

/** The document person of a document event, if it has one. */
export async function docPeopleOfEvent(db: Kysely<Database>, eventId: number): Promise<number[]> {
  return (await db.selectFrom("doc_events").select("doc_person_id").where("id", "=", eventId).execute()).flatMap((r) => (r.doc_person_id === null ? [] : [r.doc_person_id]));
}
