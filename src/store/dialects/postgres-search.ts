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
  let order = sql`ts_rank(search, ${q}) DESC, id DESC`;
  let since = sql`0`;
  if (options.newest) order = sql`id DESC`;
  else if (target === "documents") since = sql`coalesce((SELECT id FROM documents WHERE search @@ ${q} ORDER BY id DESC LIMIT 1 OFFSET ${sql.lit(RANKED_MATCHES - 1)}), 0)`;
  const rank = options.newest ? sql`0` : sql`-ts_rank(search, ${q})`;
  const result = await sql<TextHit>`SELECT id, ${rank} AS rank FROM ${table}
    WHERE search @@ ${q} AND id >= ${since} ORDER BY ${order} LIMIT ${limit}`.execute(db);
  return result.rows;
}
