import { Migrator, sql } from "kysely";
import { migrationProvider } from "../../migrations/index.js";
import type { StoreDialect } from "../store-dialect.js";
import { openPostgresAuditLog } from "./audit-log.js";
import { openPostgres, postgresDataVersion } from "./connection.js";
import { postgresOpenFailure } from "./failure.js";
import { dropReaderSchemas, openPostgresReader } from "./reader.js";
import { searchTextPostgres } from "./search.js";
import { similarNameKeysPostgres } from "./similar-names.js";

/** PostgreSQL: a pool of 8, tsvector search, pg_trgm for misspelled names, a schema of views per clearance, the audit log in a table. */
export const postgresDialect: StoreDialect = {
  name: "postgres",
  connect: (location) => openPostgres(location),
  /**
   * Kysely's tables in the knowledge base's own schema (it looks in every
   * schema unless told which: a second knowledge base in one database would
   * find the first one's and fail to read its own), and the reader schemas
   * dropped first when a migration is pending. Kysely runs them in one transaction.
   */
  async migrate(db) {
    try {
      const { rows } = await sql<{ schema: string | null }>`SELECT current_schema() AS schema`.execute(db);
      const schema = rows[0]?.schema;
      // 3F000 is PostgreSQL's invalid_schema_name
      if (!schema) return Object.assign(new Error("no schema of its search_path exists"), { code: "3F000" });
      const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
      if ((await migrator.getMigrations()).some((m) => !m.executedAt)) await dropReaderSchemas(db, schema);
      return (await migrator.migrateToLatest()).error;
    } catch (err) {
      return err;
    }
  },
  openFailure: postgresOpenFailure,
  openReader: openPostgresReader,
  openAuditLog: openPostgresAuditLog,
  searchText: (db, target, text, options = {}) => searchTextPostgres(db, target, text, options),
  similarNameKeys: similarNameKeysPostgres,
  dataVersion: postgresDataVersion,
  /** An advisory transaction lock keyed by the schema (each knowledge base its own). */
  async lockResolution(trx) {
    await sql`SELECT pg_advisory_xact_lock(hashtext('dossier resolution ' || current_schema()))`.execute(trx);
  },
  async lockSignIns(trx) {
    await sql`SELECT pg_advisory_xact_lock(hashtext('dossier sign-in ' || current_schema()))`.execute(trx);
  },
  // identity columns do not look at the ids inserted
  async resetIds(db, table) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), coalesce((SELECT max(id) FROM ${sql.table(table)}), 0) + 1, false)`.execute(db);
  },
  checks: {
    idFrom: (column, from) => sql<number | null>`(CASE WHEN substr(${column}, ${sql.lit(from)}) ~ '^[0-9]{1,9}$' THEN substr(${column}, ${sql.lit(from)})::integer END)`,
    quoted: (column) => sql<string>`quote_literal(${column})`,
    startsLikeIsoTime: (column) => sql<boolean>`(${column} ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]')`,
  },
};
