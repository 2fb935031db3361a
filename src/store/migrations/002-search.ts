import type { Kysely } from "kysely";
import { createSqliteSearch } from "../dialects/sqlite.js";

/** Full-text search over documents and people's names (FTS5 on SQLite). */
export async function up(db: Kysely<any>): Promise<void> {
  await createSqliteSearch(db);
}
