import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";
import { RANKED_MATCHES, type SearchTarget, type TextHit } from "./text-hit.js";

/** The FTS5 table, and how many of the newest matches are ranked (all when absent). */
const TABLES: Record<SearchTarget, { table: string; ranked?: number }> = {
  people: { table: "people_fts" },
  documents: { table: "documents_fts", ranked: RANKED_MATCHES },
};

/**
 * A user's words as an FTS5 query in which nothing is syntax: each word
 * becomes a quoted phrase ('"; DROP TABLE documents; --' is three phrases
 * that match nothing). Words with no letter or digit are dropped; `prefix`
 * lets each word match the start of a token ("Chol" finds "Chol-min").
 */
export function ftsQuery(text: string, prefix = false): string | undefined {
  // "Pak\u0000Chol": a control character separates words too; a NUL inside a phrase ends FTS5's string ("unterminated string").
  const words = text.split(/[\s\p{Cc}]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return undefined;
  return words.map((w) => `"${w.replace(/"/g, '""')}"${prefix ? "*" : ""}`).join(" ");
}

/**
 * The SQLite side of searchText: FTS5 MATCH. The text is bound as a
 * parameter and quoted by ftsQuery, so it can be neither SQL nor FTS5
 * syntax. The best matches by rank (for documents, among the RANKED_MATCHES
 * most recently stored: read newest first in a subquery, then ranked), or
 * with `newest` the most recently stored matches, unranked: reading them
 * costs the limit, not the number of matches ("Kim" names a third of
 * everyone).
 */
export async function searchTextSqlite(
  db: Kysely<Database>,
  target: SearchTarget,
  text: string,
  options: { prefix?: boolean; limit?: number; newest?: boolean } = {},
): Promise<TextHit[]> {
  const query = ftsQuery(text, options.prefix);
  if (!query) return [];
  const { table, ranked } = TABLES[target];
  const fts = sql.raw(table);
  const limit = options.limit ?? 50;
  if (options.newest) {
    const result = await sql<TextHit>`SELECT rowid AS id, 0 AS rank
      FROM ${fts} WHERE ${fts} MATCH ${query} ORDER BY rowid DESC LIMIT ${limit}`.execute(db);
    return result.rows;
  }
  // FTS5 ranks every match for ORDER BY rank even under a rowid bound; a subquery of the newest matches keeps the work to RANKED_MATCHES rows
  const matches = ranked === undefined
    ? sql`SELECT rowid AS id, rank FROM ${fts} WHERE ${fts} MATCH ${query}`
    : sql`SELECT rowid AS id, rank FROM ${fts} WHERE ${fts} MATCH ${query} ORDER BY rowid DESC LIMIT ${sql.lit(ranked)}`;
  const result = await sql<TextHit>`SELECT id, rank FROM (${matches}) ORDER BY rank, id DESC LIMIT ${limit}`.execute(db);
  return result.rows;
}
