import { sql, type Kysely } from "kysely";
import type { Database } from "../../database.js";
import { nameTrigrams, trigramCounts } from "../../names/name-similarity.js";

/**
 * The PostgreSQL side of similarNameKeys: pg_trgm. `%` is what the GIN
 * index (gin_trgm_ops) serves, at pg_trgm.similarity_threshold (0.3 unless
 * configured otherwise); similarity() then keeps the keys at `threshold`.
 */
export async function similarNameKeysPostgres(db: Kysely<Database>, key: string, threshold: number): Promise<string[]> {
  if (!key) return [];
  const { fewest, most } = trigramCounts(nameTrigrams(key).length, threshold);
  const { rows } = await sql<{ key: string }>`SELECT key FROM name_keys
    WHERE key % ${key} AND trigrams BETWEEN ${fewest} AND ${most} AND similarity(key, ${key}) >= ${threshold}`.execute(db);
  return rows.map((r) => r.key);
}
