import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";

/** A full-text hit: the row id in its table, a snippet with the matched words in «», and the FTS5 rank (lower is better). */
export interface TextHit {
  id: number;
  snippet: string;
  rank: number;
}

/** What to search: people's names and aliases (doc_people ids) or documents' titles and text (documents ids). */
export type SearchTarget = "people" | "documents";

/** The FTS5 table and the column a snippet is cut from (-1: whichever matched). */
const TABLES: Record<SearchTarget, { table: string; column: number; tokens: number }> = {
  people: { table: "people_fts", column: -1, tokens: 8 },
  documents: { table: "documents_fts", column: 1, tokens: 16 },
};

/**
 * A user's words as an FTS5 query in which nothing is syntax: each word
 * becomes a quoted phrase ('"; DROP TABLE documents; --' is three phrases
 * that match nothing). Words with no letter or digit are dropped; `prefix`
 * lets each word match the start of a token ("Chol" finds "Chol-min").
 */
export function ftsQuery(text: string, prefix = false): string | undefined {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.length) return undefined;
  return words.map((w) => `"${w.replace(/"/g, '""')}"${prefix ? "*" : ""}`).join(" ");
}

/**
 * The one dialect-specific query of the read side: SQLite FTS5 MATCH with
 * snippet(). The text is bound as a parameter and quoted by ftsQuery, so it
 * can be neither SQL nor FTS5 syntax.
 */
export async function searchText(
  db: Kysely<Database>,
  target: SearchTarget,
  text: string,
  options: { prefix?: boolean; limit?: number } = {},
): Promise<TextHit[]> {
  const query = ftsQuery(text, options.prefix);
  if (!query) return [];
  const { table, column, tokens } = TABLES[target];
  const fts = sql.raw(table);
  const result = await sql<TextHit>`SELECT rowid AS id, snippet(${fts}, ${sql.lit(column)}, '«', '»', '…', ${sql.lit(tokens)}) AS snippet, rank
    FROM ${fts} WHERE ${fts} MATCH ${query} ORDER BY rank LIMIT ${options.limit ?? 50}`.execute(db);
  return result.rows;
}
