import { sql, type Kysely } from "kysely";
import { isPostgres } from "./ddl.js";

/**
 * doc_person_names is written by the store (writes/person-names.ts) on every
 * database, no longer by SQLite triggers calling a JavaScript function:
 * PostgreSQL cannot call it, and one code path computes every key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`DROP TRIGGER IF EXISTS doc_person_names_insert`.execute(db);
  await sql`DROP TRIGGER IF EXISTS doc_person_names_update`.execute(db);
}
