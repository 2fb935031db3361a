import type { Kysely } from "kysely";
import { dialectOf } from "../dialects/dialect-of.js";
import { createPostgresSearch } from "../dialects/postgres.js";
import { createSqliteSearch } from "../dialects/sqlite.js";

/** Full-text search over documents and people's names (FTS5 on SQLite, tsvector and GIN on PostgreSQL). */
export async function up(db: Kysely<any>): Promise<void> {
  await (dialectOf(db) === "postgres" ? createPostgresSearch(db) : createSqliteSearch(db));
}
