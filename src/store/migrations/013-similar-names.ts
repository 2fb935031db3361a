import { sql, type Kysely } from "kysely";
import { isPostgres } from "./ddl.js";

/** One lock id for creating the extensions, so that two knowledge bases migrated at once do not race to create them. */
const EXTENSIONS_LOCK = 7_270_316;

/**
 * Misspelled names on PostgreSQL: pg_trgm (a trusted extension, so the
 * database owner may create it; under the extensions lock, like unaccent)
 * and name_keys, every nameKey filed, once, with its number of trigrams and
 * a GIN trigram index. The writer adds keys with the names
 * (writes/person-names.ts), and never removes one: a key nobody has any
 * more finds nobody in doc_person_names.
 */
async function createPostgresNameTrigrams(db: Kysely<any>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${sql.lit(EXTENSIONS_LOCK)})`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`.execute(db);
  await sql`CREATE TABLE name_keys (key text PRIMARY KEY, trigrams integer NOT NULL)`.execute(db);
  await sql`CREATE INDEX name_keys_trigrams ON name_keys USING gin (key gin_trgm_ops)`.execute(db);
}

/**
 * Misspelled names on SQLite, which has no pg_trgm: name_keys, every
 * nameKey filed, once, with its number of trigrams, and an FTS5 trigram index of each key padded as
 * pg_trgm pads a word ("  kimjongun "), filled by a trigger when a key is
 * new. Contentless (the key is read from name_keys by rowid), with
 * fts5vocab to count the keys per trigram. The writer never removes a key:
 * a key nobody has any more finds nobody in doc_person_names.
 */
async function createSqliteNameTrigrams(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS name_keys (key TEXT PRIMARY KEY, trigrams INTEGER NOT NULL)`.execute(db);
  await sql`CREATE VIRTUAL TABLE IF NOT EXISTS name_keys_fts USING fts5(key, content='', tokenize='trigram', detail='none', columnsize=0)`.execute(db);
  await sql`CREATE VIRTUAL TABLE IF NOT EXISTS name_keys_fts_vocab USING fts5vocab(name_keys_fts, 'row')`.execute(db);
  await sql`CREATE TRIGGER IF NOT EXISTS name_keys_fts_insert AFTER INSERT ON name_keys BEGIN
    INSERT INTO name_keys_fts(rowid, key) VALUES (new.rowid, '  ' || new.key || ' '); END`.execute(db);
}

/**
 * How many trigrams pg_trgm takes from a key, as the writer counted them when
 * this migration was written (padded "  key ", each run of three code points once).
 */
function trigramCount(key: string): number {
  if (!key) return 0;
  const chars = Array.from(`  ${key} `);
  const found = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) found.add(chars.slice(i, i + 3).join(""));
  return found.size;
}

/**
 * Finding a person by a misspelled name ("Hwang Jang Yob"): every name key
 * once, under a trigram index (pg_trgm on PostgreSQL, FTS5's trigram
 * tokenizer on SQLite), filled from the keys already filed. Numbered 013:
 * 012 is left to the PostgreSQL reader schemas being written beside it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await (isPostgres(db) ? createPostgresNameTrigrams(db) : createSqliteNameTrigrams(db));
  const filed = await db.selectFrom("doc_person_names").select("key").distinct().execute();
  const rows = filed.map((r) => ({ key: r.key as string, trigrams: trigramCount(r.key) }));
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto("name_keys").values(rows.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
  }
}
