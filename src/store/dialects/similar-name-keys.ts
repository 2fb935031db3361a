import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { dialectOf } from "./dialect-of.js";
import { similarNameKeysPostgres } from "./postgres-similar-names.js";
import { similarNameKeysSqlite } from "./sqlite-similar-names.js";

/**
 * The dialect-specific read behind a misspelled name: name keys (table
 * name_keys, every nameKey ever filed) that may be at least `threshold`
 * similar to `key` by trigrams, found through a trigram index (pg_trgm's
 * GIN index on PostgreSQL, an FTS5 trigram table on SQLite). Candidates
 * only: the caller ranks them (queries/name-similarity.ts), the same way on
 * both databases. The key is bound as a parameter.
 */
export function similarNameKeys(db: Kysely<Database>, key: string, threshold: number): Promise<string[]> {
  return dialectOf(db) === "postgres" ? similarNameKeysPostgres(db, key, threshold) : similarNameKeysSqlite(db, key, threshold);
}
