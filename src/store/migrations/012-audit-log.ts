import { sql, type Kysely } from "kysely";
import { isPostgres } from "./ddl.js";

/**
 * The audit log on PostgreSQL: a table beside the knowledge base's, which
 * rows can be added to, never changed or deleted (a trigger refuses UPDATE,
 * DELETE and TRUNCATE). It is not among the tables the data version watches
 * (011-data-changes), so recording views never invalidates the cached views.
 * SQLite keeps its audit log in a file of its own (audit-log-sqlite.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at text NOT NULL, "user" text NOT NULL,
    action text NOT NULL, target text NOT NULL, detail text)`.execute(db);
  await sql`CREATE INDEX audit_user_at ON audit ("user", at)`.execute(db);
  await sql`CREATE INDEX audit_at ON audit (at)`.execute(db);
  await sql`CREATE FUNCTION dossier_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$`.execute(db);
  await sql`CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_audit_append_only()`.execute(db);
}
