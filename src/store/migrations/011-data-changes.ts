import { sql, type Kysely } from "kysely";
import { isPostgres } from "./ddl.js";

/** The tables whose writes invalidate the cached views of the whole knowledge base. */
export const DATA_TABLES = [
  "documents", "doc_people", "doc_events", "statements", "judgements", "review_items", "meta", "doc_bands", "doc_person_blocks", "doc_person_names",
  "protections", "users", "sessions", "api_tokens", "login_failures",
];

/**
 * What the data version is counted from: every transaction that writes one
 * of these tables adds one row to data_changes (keyed by its transaction
 * id, so a transaction counts once whatever it writes). Readers sum the
 * rows: the sum moves when such a transaction commits, and never otherwise.
 * Rows are per transaction, not one counter row, so that writers on many
 * connections never wait for each other.
 */
async function createPostgresDataVersion(db: Kysely<any>, tables: string[]): Promise<void> {
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

/**
 * PostgreSQL's data version (see postgresDataVersion): SQLite has one built
 * in (PRAGMA data_version); a table added later must be watched by the
 * migration that adds it (watchTables).
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await createPostgresDataVersion(db, DATA_TABLES);
}
