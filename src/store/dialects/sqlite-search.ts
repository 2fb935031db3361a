import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";
import { RANKED_MATCHES, type SearchTarget, type TextHit } from "./text-hit.js";

/** The FTS5 table, the column a snippet is cut from (-1: whichever matched), and how many of the newest matches are ranked (all when absent). */
const TABLES: Record<SearchTarget, { table: string; column: number; tokens: number; ranked?: number }> = {
  people: { table: "people_fts", column: -1, tokens: 8 },
  documents: { table: "documents_fts", column: 1, tokens: 16, ranked: RANKED_MATCHES },
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
 * The SQLite side of searchText: FTS5 MATCH with
 * snippet(). The text is bound as a parameter and quoted by ftsQuery, so it
 * can be neither SQL nor FTS5 syntax. The best matches by rank (for
 * documents, among the RANKED_MATCHES most recently stored), or with
 * `newest` the most recently stored matches, unranked and without a snippet:
 * reading them costs the limit, not the number of matches ("Kim" names a
 * third of everyone).
 */
export async function searchTextSqlite(
  db: Kysely<Database>,
  target: SearchTarget,
  text: string,
  options: { prefix?: boolean; limit?: number; newest?: boolean } = {},
): Promise<TextHit[]> {
  const query = ftsQuery(text, options.prefix);
  if (!query) return [];
  const { table, column, tokens, ranked } = TABLES[target];
  const fts = sql.raw(table);
  if (options.newest) {
    const result = await sql<TextHit>`SELECT rowid AS id, '' AS snippet, 0 AS rank
      FROM ${fts} WHERE ${fts} MATCH ${query} ORDER BY rowid DESC LIMIT ${options.limit ?? 50}`.execute(db);
    return result.rows;
  }
  const newest = ranked === undefined ? sql`0` : sql`coalesce((SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${query} ORDER BY rowid DESC LIMIT 1 OFFSET ${sql.lit(ranked - 1)}), 0)`;
  const result = await sql<TextHit>`SELECT rowid AS id, snippet(${fts}, ${sql.lit(column)}, '«', '»', '…', ${sql.lit(tokens)}) AS snippet, rank
    FROM ${fts} WHERE ${fts} MATCH ${query} AND rowid >= ${newest} ORDER BY rank LIMIT ${options.limit ?? 50}`.execute(db);
  return result.rows;
}
