import { Migrator, sql } from "kysely";
import { DossierError } from "../../../errors.js";
import { migrationProvider } from "../../migrations/index.js";
import { sqliteFile } from "../location.js";
import type { StoreDialect } from "../store-dialect.js";
import { openSqliteAuditLog } from "./audit-log.js";
import { dataVersion, inWriteTransaction, openSqlite } from "./connection.js";
import { createReaderViews } from "./reader.js";
import { searchTextSqlite } from "./search.js";
import { similarNameKeysSqlite } from "./similar-names.js";

/** SQLite: one file in WAL mode, FTS5 search, an FTS5 trigram table for misspelled names, TEMP views for readers, the audit log in a file beside it. */
export const sqliteDialect: StoreDialect = {
  name: "sqlite",
  connect(location) {
    try {
      return openSqlite(sqliteFile(location)).db;
    } catch (err) {
      throw new DossierError("file_not_found", `cannot open the knowledge base ${location}: ${(err as Error).message}`);
    }
  },
  /**
   * Kysely runs SQLite migrations outside any transaction: one killed
   * half-way would leave tables that the next run creates again and fails
   * on, so all pending migrations commit together.
   */
  async migrate(db) {
    const migrator = new Migrator({ db, provider: migrationProvider });
    if (!(await migrator.getMigrations()).some((m) => !m.executedAt)) return undefined;
    return (await inWriteTransaction(db, () => migrator.migrateToLatest())).error;
  },
  openFailure: () => undefined,
  async openReader(_db, location, clearance) {
    const view = openSqlite(sqliteFile(location), { readonly: true });
    createReaderViews(view.raw, clearance);
    return view.db;
  },
  openAuditLog: (location) => Promise.resolve(openSqliteAuditLog(location)),
  searchText: (db, target, text, options = {}) => searchTextSqlite(db, target, text, options),
  similarNameKeys: similarNameKeysSqlite,
  dataVersion,
  /** A first statement that writes takes the database's one write lock (waiting up to busy_timeout) before anything is read. */
  async lockResolution(trx) {
    await sql`UPDATE meta SET value = value WHERE key = 'resolution'`.execute(trx);
  },
  async lockSignIns(trx) {
    await sql`UPDATE login_failures SET key = key WHERE 0 = 1`.execute(trx);
  },
  // AUTOINCREMENT looks at the ids there are
  resetIds: async () => undefined,
  checks: {
    idFrom: (column, from) => sql<number | null>`CAST(substr(${column}, ${sql.lit(from)}) AS INTEGER)`,
    quoted: (column) => sql<string>`quote(${column})`,
    startsLikeIsoTime: (column) => sql<boolean>`(${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]*')`,
  },
};
