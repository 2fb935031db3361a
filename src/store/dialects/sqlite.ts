import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { Database as Tables } from "../database.js";

/**
 * An embedded SQLite knowledge base: one file, WAL journal (readers do not
 * block the writer, and a crash loses at most the open transaction).
 */
export function openSqlite(file: string): { db: Kysely<Tables>; raw: Database.Database } {
  const raw = new Database(file);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  return { db: new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) }), raw };
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
