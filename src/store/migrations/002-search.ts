import { sql, type Kysely } from "kysely";
import { isPostgres } from "./ddl.js";

/** One lock id for creating the extensions, so that two knowledge bases migrated at once do not race to create them. */
const EXTENSIONS_LOCK = 7_270_316;

/**
 * Full-text search on PostgreSQL: a text search configuration like SQLite's
 * `unicode61 remove_diacritics` tokenizer (words lower-cased, accents folded
 * by the unaccent dictionary, no stemming or stop words, so "Chŏl" finds
 * "Chol"), a tsvector column computed from the row by PostgreSQL itself
 * (no trigger to keep in step), and a GIN index on it. Runs inside the
 * migration's transaction.
 */
async function createPostgresSearch(db: Kysely<any>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${sql.lit(EXTENSIONS_LOCK)})`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`.execute(db);
  await sql`CREATE TEXT SEARCH CONFIGURATION dossier_search (COPY = pg_catalog.simple)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION dossier_search ALTER MAPPING
    FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple`.execute(db);
  await sql`ALTER TABLE documents ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('dossier_search', coalesce(title, '') || ' ' || text)) STORED`.execute(db);
  await sql`CREATE INDEX documents_search ON documents USING gin (search)`.execute(db);
  await sql`ALTER TABLE doc_people ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('dossier_search', name || ' ' || aliases)) STORED`.execute(db);
  await sql`CREATE INDEX doc_people_search ON doc_people USING gin (search)`.execute(db);
}

/** Full-text search tables, kept in step with documents and doc_people by triggers (SQLite FTS5). */
async function createSqliteSearch(db: Kysely<any>): Promise<void> {
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

/** Full-text search over documents and people's names (FTS5 on SQLite, tsvector and GIN on PostgreSQL). */
export async function up(db: Kysely<any>): Promise<void> {
  await (isPostgres(db) ? createPostgresSearch(db) : createSqliteSearch(db));
}
