import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { Database as Tables } from "../database.js";
import { nameKey } from "../queries/name-key.js";

/**
 * An embedded SQLite knowledge base: one file, WAL journal (readers do not
 * block the writer, and a crash loses at most the open transaction).
 */
export function openSqlite(file: string, options: { readonly?: boolean } = {}): { db: Kysely<Tables>; raw: Database.Database } {
  const raw = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  // the triggers of doc_person_names call it: every connection that writes doc_people needs it
  raw.function("dossier_name_key", { deterministic: true }, (name: unknown) => (typeof name === "string" ? nameKey(name) : null));
  return { db: new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) }), raw };
}

/**
 * Runs `work` inside one write transaction on the connection's only
 * handle, for work that Kysely would not wrap itself (its migrator runs
 * SQLite migrations statement by statement). IMMEDIATE takes the write lock
 * at once, so a second process opening a new file waits, then finds the
 * migrations done. Rolled back when `work` throws or reports an error.
 */
export async function inWriteTransaction<T extends { error?: unknown }>(db: Kysely<Tables>, work: () => Promise<T>): Promise<T> {
  await sql`BEGIN IMMEDIATE`.execute(db);
  let result: T;
  try {
    result = await work();
  } catch (err) {
    await sql`ROLLBACK`.execute(db);
    throw err;
  }
  await sql.raw(result.error ? "ROLLBACK" : "COMMIT").execute(db);
  return result;
}

/**
 * Kysely prepares every query anew; ingest sends the same few hundred
 * statements thousands of times. A small cache of prepared statements by SQL
 * text saves that work (better-sqlite3 runs them synchronously, one at a time).
 */
function withStatementCache(raw: Database.Database): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = raw.prepare.bind(raw);
  return new Proxy(raw, {
    get(target, prop, receiver) {
      if (prop !== "prepare") return Reflect.get(target, prop, receiver);
      return (sqlText: string) => {
        let stmt = cache.get(sqlText);
        if (!stmt) {
          stmt = prepare(sqlText);
          if (cache.size >= 500) cache.delete(cache.keys().next().value!);
          cache.set(sqlText, stmt);
        }
        return stmt;
      };
    },
  });
}

/** Full-text search tables, kept in step with documents and doc_people by triggers (SQLite FTS5). */
export async function createSqliteSearch(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END`.execute(db);
  await sql`CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END`.execute(db);
  await sql`CREATE VIRTUAL TABLE IF NOT EXISTS people_fts USING fts5(name, aliases, content='doc_people', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`CREATE TRIGGER IF NOT EXISTS people_fts_insert AFTER INSERT ON doc_people BEGIN
    INSERT INTO people_fts(rowid, name, aliases) VALUES (new.id, new.name, new.aliases); END`.execute(db);
  await sql`CREATE TRIGGER IF NOT EXISTS people_fts_delete AFTER DELETE ON doc_people BEGIN
    INSERT INTO people_fts(people_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases); END`.execute(db);
}

/** A person's name or alias as filed in doc_person_names: the aliases JSON read leniently, so a bad column never stops a write. */
const NEW_KEYS = `SELECT dossier_name_key(new.name), new.id
    UNION SELECT dossier_name_key(value), new.id FROM json_each(CASE WHEN json_valid(new.aliases) THEN new.aliases ELSE '[]' END) WHERE type = 'text'`;

/**
 * people_fts again, with prefix indexes for 1, 2 and 3 characters: a search
 * reads every word as the start of a name ("Ri" "Bok"), and without them
 * each short prefix merges the lists of every token it starts (8 ms for "Ri
 * Bok-ae" on 100,000 articles; 2 ms with them). The triggers that keep it
 * in step name the table, so they stay as they are.
 */
export async function recreatePeopleSearchWithPrefixes(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS people_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE people_fts USING fts5(name, aliases, content='doc_people', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')`.execute(db);
  await sql`INSERT INTO people_fts(people_fts) VALUES ('rebuild')`.execute(db);
}

/**
 * people_fts follows an update of a name or aliases too (reprocess rewrites
 * aliases, which the index missed; an external-content index must be told
 * the old values to delete them), and is rebuilt once from the rows as they are.
 */
export async function createPeopleSearchUpdateTrigger(db: Kysely<any>): Promise<void> {
  await sql`CREATE TRIGGER IF NOT EXISTS people_fts_update AFTER UPDATE OF name, aliases ON doc_people BEGIN
    INSERT INTO people_fts(people_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
    INSERT INTO people_fts(rowid, name, aliases) VALUES (new.id, new.name, new.aliases); END`.execute(db);
  await sql`INSERT INTO people_fts(people_fts) VALUES ('rebuild')`.execute(db);
}

/**
 * Every name and alias of every document person under its nameKey, kept in
 * step with doc_people by triggers (deletes cascade), so that "show Pak
 * Chol-min" is one indexed lookup, not a scan of every name. The key is
 * computed by dossier_name_key, the JavaScript nameKey registered on the
 * connection by openSqlite.
 */
export async function createSqliteNameKeys(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS doc_person_names (key TEXT NOT NULL,
    doc_person_id INTEGER NOT NULL REFERENCES doc_people(id) ON DELETE CASCADE, PRIMARY KEY (key, doc_person_id)) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS doc_person_names_person ON doc_person_names(doc_person_id)`.execute(db);
  await sql.raw(`CREATE TRIGGER IF NOT EXISTS doc_person_names_insert AFTER INSERT ON doc_people BEGIN
    INSERT OR IGNORE INTO doc_person_names(key, doc_person_id) ${NEW_KEYS}; END`).execute(db);
  await sql.raw(`CREATE TRIGGER IF NOT EXISTS doc_person_names_update AFTER UPDATE OF name, aliases ON doc_people BEGIN
    DELETE FROM doc_person_names WHERE doc_person_id = old.id;
    INSERT OR IGNORE INTO doc_person_names(key, doc_person_id) ${NEW_KEYS}; END`).execute(db);
  await sql`INSERT OR IGNORE INTO doc_person_names(key, doc_person_id)
    SELECT dossier_name_key(name), id FROM doc_people
    UNION ALL SELECT dossier_name_key(j.value), p.id FROM doc_people p, json_each(CASE WHEN json_valid(p.aliases) THEN p.aliases ELSE '[]' END) j WHERE j.type = 'text'`.execute(db);
}

/**
 * Misspelled names on SQLite, which has no pg_trgm: name_keys, every
 * nameKey filed, once, with its number of trigrams, and an FTS5 trigram index of each key padded as
 * pg_trgm pads a word ("  kimjongun "), filled by a trigger when a key is
 * new. Contentless (the key is read from name_keys by rowid), with
 * fts5vocab to count the keys per trigram. The writer never removes a key:
 * a key nobody has any more finds nobody in doc_person_names.
 */
export async function createSqliteNameTrigrams(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS name_keys (key TEXT PRIMARY KEY, trigrams INTEGER NOT NULL)`.execute(db);
  await sql`CREATE VIRTUAL TABLE IF NOT EXISTS name_keys_fts USING fts5(key, content='', tokenize='trigram', detail='none', columnsize=0)`.execute(db);
  await sql`CREATE VIRTUAL TABLE IF NOT EXISTS name_keys_fts_vocab USING fts5vocab(name_keys_fts, 'row')`.execute(db);
  await sql`CREATE TRIGGER IF NOT EXISTS name_keys_fts_insert AFTER INSERT ON name_keys BEGIN
    INSERT INTO name_keys_fts(rowid, key) VALUES (new.rowid, '  ' || new.key || ' '); END`.execute(db);
}

/**
 * A token that changes whenever the data may have: PRAGMA data_version moves
 * when another connection commits, total_changes() when this one writes.
 * Two equal tokens mean nothing was written in between.
 */
export async function dataVersion(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ v: string }>`SELECT (SELECT data_version FROM pragma_data_version()) || '.' || total_changes() AS v`.execute(db);
  return rows[0].v;
}
