import type { Kysely } from "kysely";
import { dialectOf } from "../dialects/dialect-of.js";
import { fileNameKeys } from "../writes/person-names.js";
import { createPostgresNameTrigrams } from "../dialects/postgres.js";
import { createSqliteNameTrigrams } from "../dialects/sqlite.js";

/**
 * Finding a person by a misspelled name ("Hwang Jang Yob"): every name key
 * once, under a trigram index (pg_trgm on PostgreSQL, FTS5's trigram
 * tokenizer on SQLite), filled from the keys already filed. Numbered 013:
 * 012 is left to the PostgreSQL reader schemas being written beside it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await (dialectOf(db) === "postgres" ? createPostgresNameTrigrams(db) : createSqliteNameTrigrams(db));
  const filed = await db.selectFrom("doc_person_names").select("key").distinct().execute();
  await fileNameKeys(db, filed.map((r) => r.key));
}
