import type { Kysely } from "kysely";
import { dialectOf } from "../dialects/dialect-of.js";
import { createPostgresNameKeys } from "../dialects/postgres.js";
import { createSqliteNameKeys } from "../dialects/sqlite.js";

/**
 * Finding a person by name without reading every name: names and aliases of
 * document persons by nameKey (filled from the rows already stored), and
 * (person_id, document_id) so that counting a person's documents reads only
 * the index ("Ri" alone names a thousand people).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await (dialectOf(db) === "postgres" ? createPostgresNameKeys(db) : createSqliteNameKeys(db));
  await db.schema.createIndex("doc_people_person_document").ifNotExists().on("doc_people").columns(["person_id", "document_id"]).execute();
}
