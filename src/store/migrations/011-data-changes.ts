import type { Kysely } from "kysely";
import { dialectOf } from "../dialects/dialect-of.js";
import { createPostgresDataVersion } from "../dialects/postgres.js";

/** The tables whose writes invalidate the cached views of the whole knowledge base. */
export const DATA_TABLES = [
  "documents", "doc_people", "doc_events", "statements", "judgements", "review_items", "meta", "doc_bands", "doc_person_blocks", "doc_person_names",
  "protections", "users", "sessions", "api_tokens", "login_failures",
];

/**
 * PostgreSQL's data version (see postgresDataVersion): SQLite has one built
 * in (PRAGMA data_version); a table added later must be watched by the
 * migration that adds it (watchTables).
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "postgres") await createPostgresDataVersion(db, DATA_TABLES);
}
