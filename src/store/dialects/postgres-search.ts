import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";
import { RANKED_MATCHES, type SearchTarget, type TextHit } from "./text-hit.js";

/**
 * A user's words as a PostgreSQL tsquery in which nothing is syntax: only
 * runs of letters and digits are kept, each one quoted; the runs of one
 * word must follow each other ("Chol-min" is 'chol' <-> 'min'), and every
 * word must match ('"; DROP TABLE documents; --' is 'drop' & 'table' &
 * 'documents', which matches nothing). `prefix` lets each run match the
 * start of a token ("Chol" finds "Chol-min").
 */
export function tsQuery(text: string, prefix = false): string | undefined {
  const words = text.split(/\s+/).map((w) => w.match(/[\p{L}\p{N}]+/gu) ?? []).filter((runs) => runs.length);
  if (!words.length) return undefined;
  return words.map((runs) => runs.map((r) => `'${r}'${prefix ? ":*" : ""}`).join(" <-> ")).join(" & ");
}

/**
 * The PostgreSQL side of searchText: the tsvector columns (GIN-indexed) of
 * documents (title and text) and doc_people (name and aliases), the same
 * contract as SQLite's FTS5 search: rank lower is better, documents ranked
 * among the RANKED_MATCHES most recently stored, `newest` unranked.
 */
export async function searchTextPostgres(
  db: Kysely<Database>,
  target: SearchTarget,
  text: string,
  options: { prefix?: boolean; limit?: number; newest?: boolean } = {},
): Promise<TextHit[]> {
  const query = tsQuery(text, options.prefix);
  if (!query) return [];
  const q = sql`to_tsquery('dossier_search', ${query})`;
  const limit = options.limit ?? 50;
  const table = sql.table(target === "people" ? "doc_people" : "documents");
  if (options.newest) {
    return (await sql<TextHit>`SELECT id, 0 AS rank FROM ${table} WHERE search @@ ${q} ORDER BY id DESC LIMIT ${limit}`.execute(db)).rows;
  }
  // documents: the newest matches in one pass (a backward scan of the ids for a common word, the GIN index for a rare one), then ranked
  const matches = target === "documents"
    ? sql`SELECT id, search FROM documents WHERE search @@ ${q} ORDER BY id DESC LIMIT ${sql.lit(RANKED_MATCHES)}`
    : sql`SELECT id, search FROM doc_people WHERE search @@ ${q}`;
  const result = await sql<TextHit>`SELECT id, -ts_rank(search, ${q}) AS rank FROM (${matches}) AS m
    ORDER BY rank, id DESC LIMIT ${limit}`.execute(db);
  return result.rows;
}
