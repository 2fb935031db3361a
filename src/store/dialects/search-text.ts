import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { dialectOf } from "./dialect-of.js";
import { searchTextPostgres } from "./postgres-search.js";
import { searchTextSqlite } from "./sqlite-search.js";
import type { SearchOptions, SearchTarget, TextHit } from "./text-hit.js";

export { RANKED_MATCHES, type SearchOptions, type SearchTarget, type TextHit } from "./text-hit.js";

/**
 * The one dialect-specific query of the read side: full-text search over
 * people's names and aliases or documents' titles and text (FTS5 on SQLite,
 * tsvector and GIN on PostgreSQL). The user's words are bound as a
 * parameter and quoted, so they are never SQL or search syntax.
 */
export function searchText(
  db: Kysely<Database>,
  target: SearchTarget,
  text: string,
  options: SearchOptions = {},
): Promise<TextHit[]> {
  return dialectOf(db) === "postgres" ? searchTextPostgres(db, target, text, options) : searchTextSqlite(db, target, text, options);
}
