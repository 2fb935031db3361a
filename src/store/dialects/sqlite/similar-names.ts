import { sql, type Kysely } from "kysely";
import type { Database } from "../../database.js";
import { nameTrigrams, trigramCounts, trigramsToLookUp } from "../../names/name-similarity.js";

/**
 * The SQLite side of similarNameKeys: SQLite has no pg_trgm, so an FTS5
 * table with the trigram tokenizer indexes every name key padded the way
 * pg_trgm pads a word ("  kimjongun "). Every key at least `threshold`
 * similar shares one of the key's rarest trigrams (trigramsToLookUp), so
 * only those are looked up, rarest first by the index's own counts
 * (fts5vocab): "kimjongeun" reads the keys with "nge", "geu", … and not the
 * 5,000 that start with "  k"; of those, only keys with a number of trigrams
 * that allows the threshold (trigramCounts: "kimm" cannot be 0.55 similar
 * to a key of 10 trigrams). Each trigram is a quoted FTS5 phrase.
 */
export async function similarNameKeysSqlite(db: Kysely<Database>, key: string, threshold: number): Promise<string[]> {
  const trigrams = nameTrigrams(key);
  if (!trigrams.length) return [];
  const counts = await sql<{ term: string; doc: number }>`SELECT term, doc FROM name_keys_fts_vocab
    WHERE term IN (${sql.join(trigrams)})`.execute(db);
  const keysWith = new Map(counts.rows.map((r) => [r.term, Number(r.doc)]));
  // a trigram no key has is the rarest of all and shared by none: the others chosen with it must be shared, it is not looked up
  const rarest = [...trigrams].sort((a, b) => (keysWith.get(a) ?? 0) - (keysWith.get(b) ?? 0))
    .slice(0, trigramsToLookUp(trigrams.length, threshold)).filter((t) => keysWith.has(t));
  if (!rarest.length) return [];
  const match = rarest.map((t) => `"${t.replace(/"/g, '""')}"`).join(" OR ");
  const { fewest, most } = trigramCounts(trigrams.length, threshold);
  const { rows } = await sql<{ key: string }>`SELECT k.key FROM name_keys_fts f JOIN name_keys k ON k.rowid = f.rowid
    WHERE name_keys_fts MATCH ${match} AND k.trigrams BETWEEN ${fewest} AND ${most}`.execute(db);
  return rows.map((r) => r.key);
}
