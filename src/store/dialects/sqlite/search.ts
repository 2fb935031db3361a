import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../database.js";
import { RANKED_MATCHES, type SearchOptions, type SearchTarget, type TextHit } from "../text-hit.js";

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
  options: SearchOptions = {},
): Promise<TextHit[]> {
  const query = ftsQuery(text, options.prefix);
  if (!query) return [];
  const { table, ranked } = TABLES[target];
  const fts = sql.raw(table);
  const limit = options.limit ?? 50;
  const visible = VISIBLE[target];
  if (options.newest) {
    const result = await sql<TextHit>`SELECT f.rowid AS id, 0 AS rank
      FROM ${fts} f ${visible} WHERE ${fts} MATCH ${query} ORDER BY f.rowid DESC LIMIT ${limit}`.execute(db);
    return result.rows;
  }
  // FTS5 ranks every match for ORDER BY rank even under a rowid bound; a subquery of the newest matches keeps the work to RANKED_MATCHES rows
  const matches = ranked === undefined
    ? sql`SELECT f.rowid AS id, f.rank FROM ${fts} f ${visible} WHERE ${fts} MATCH ${query}`
    : sql`SELECT f.rowid AS id, f.rank FROM ${fts} f ${visible} WHERE ${fts} MATCH ${query} ORDER BY f.rowid DESC LIMIT ${sql.lit(ranked)}`;
  const result = await sql<TextHit>`SELECT id, rank FROM (${matches}) ORDER BY rank, id DESC LIMIT ${limit}`.execute(db);
  return result.rows;
}

/**
 * Access inside the query, before any limit: the index holds every row, and
 * a reader's `visible_documents` and `hidden_rows` (migration 030's views of
 * everything and nothing, shadowed by a reader's TEMP views) leave out what
 * it may not see, so hidden matches neither take a result's place nor cost a
 * read of their own. CROSS JOIN keeps the index the outer loop (a key
 * lookup per match).
 */
const VISIBLE: Record<SearchTarget, RawBuilder<unknown>> = {
  documents: sql`CROSS JOIN visible_documents v ON v.id = f.rowid`,
  people: sql`CROSS JOIN main.doc_people p ON p.id = f.rowid CROSS JOIN visible_documents v ON v.id = p.document_id AND f.rowid NOT IN (SELECT id FROM hidden_rows)`,
};
