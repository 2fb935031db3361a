import { CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import type { Database as Tables } from "../database.js";
import { loadPg, PromptClient } from "./postgres-client.js";

/** PostgreSQL type ids whose text form JavaScript reads as a number: count(*) and sum() give int8. */
const INT8 = 20;

/**
 * A knowledge base in PostgreSQL: a pool of connections to the database the
 * URL names. A URL may choose a schema libpq's way
 * (`?options=-c%20search_path%3Dkb1,public`), as the tests do.
 * `setUp` statements run first on every new connection (a reader's
 * search_path and read-only default).
 */
export function openPostgres(url: string, options: { max?: number; setUp?: string[] } = {}): Kysely<Tables> {
  const pg = loadPg();
  const pool = new pg.Pool({
    // fails at once, and within seconds, when the server is not there or refuses the user
    Client: PromptClient(),
    connectionString: url,
    max: options.max ?? 8,
    // which process holds a connection shows in pg_stat_activity (a worker among many)
    application_name: `dossier ${process.pid}`,
    // counts are far below 2^53; reading them as strings would make every count a special case
    types: { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  const setUp = options.setUp ?? [];
  return new Kysely<Tables>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        for (const statement of setUp) await connection.executeQuery(CompiledQuery.raw(statement));
      },
    }),
  });
}

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
export async function createPostgresSearch(db: Kysely<any>): Promise<void> {
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

/**
 * doc_person_names on PostgreSQL: the same table as on SQLite, without
 * triggers (the writer files every name and alias, see writes/person-names.ts).
 */
export async function createPostgresNameKeys(db: Kysely<any>): Promise<void> {
  await db.schema.createTable("doc_person_names")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("doc_person_id", "integer", (c) => c.notNull().references("doc_people.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("doc_person_names_pk", ["key", "doc_person_id"])
    .execute();
  await db.schema.createIndex("doc_person_names_person").on("doc_person_names").column("doc_person_id").execute();
}

/**
 * Misspelled names on PostgreSQL: pg_trgm (a trusted extension, so the
 * database owner may create it; under the extensions lock, like unaccent)
 * and name_keys, every nameKey filed, once, with its number of trigrams and
 * a GIN trigram index. The writer adds keys with the names
 * (writes/person-names.ts), and never removes one: a key nobody has any
 * more finds nobody in doc_person_names.
 */
export async function createPostgresNameTrigrams(db: Kysely<any>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${sql.lit(EXTENSIONS_LOCK)})`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`.execute(db);
  await sql`CREATE TABLE name_keys (key text PRIMARY KEY, trigrams integer NOT NULL)`.execute(db);
  await sql`CREATE INDEX name_keys_trigrams ON name_keys USING gin (key gin_trgm_ops)`.execute(db);
}

/**
 * What the data version is counted from: every transaction that writes one
 * of these tables adds one row to data_changes (keyed by its transaction
 * id, so a transaction counts once whatever it writes). Readers sum the
 * rows: the sum moves when such a transaction commits, and never otherwise.
 * Rows are per transaction, not one counter row, so that writers on many
 * connections never wait for each other.
 */
export async function createPostgresDataVersion(db: Kysely<any>, tables: string[]): Promise<void> {
  await sql`CREATE TABLE data_changes (xid bigint UNIQUE, weight bigint NOT NULL DEFAULT 1)`.execute(db);
  await sql`CREATE FUNCTION dossier_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO data_changes(xid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT (xid) DO NOTHING;
      RETURN NULL;
    END $$`.execute(db);
  await watchTables(db, tables);
}

/** Writes to these tables move the data version too (a migration that adds a table calls it). */
export async function watchTables(db: Kysely<any>, tables: string[]): Promise<void> {
  for (const table of tables) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_changed`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION dossier_data_changed()`.execute(db);
  }
}

/** Rows of data_changes above which a read folds them into one (their sum unchanged). */
const FOLD_ABOVE = 1000;

/**
 * A token that changes whenever committed data may have: the number of
 * writing transactions committed so far. Two equal tokens mean no writing
 * transaction committed in between.
 */
export async function postgresDataVersion(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ v: number; n: number; readOnly: boolean }>`SELECT coalesce(sum(weight), 0) AS v, count(*) AS n,
    current_setting('transaction_read_only') = 'on' AS "readOnly" FROM data_changes`.execute(db);
  const { v, n, readOnly } = rows[0];
  // a reader's connections are read-only: the store's own reads fold the rows
  if (Number(n) > FOLD_ABOVE && !readOnly) {
    // rows of transactions still running are not visible, so not deleted: they count when they commit
    await sql`WITH gone AS (DELETE FROM data_changes WHERE xid IS NOT NULL RETURNING weight)
      INSERT INTO data_changes(weight) SELECT sum(weight) FROM gone HAVING count(*) > 0`.execute(db);
  }
  return String(v);
}
