import { Migrator, sql, type Kysely } from "kysely";
import { DossierError } from "../errors.js";
import type { Database } from "./database.js";
import { levelRank, type Level } from "../model/levels.js";
import { isPostgresUrl, type DialectName } from "./dialects/dialect-of.js";
import { openPostgres } from "./dialects/postgres.js";
import { postgresOpenFailure } from "./dialects/postgres-failure.js";
import { dropReaderSchemas, openPostgresReader } from "./dialects/postgres-reader.js";
import { inWriteTransaction, openSqlite } from "./dialects/sqlite.js";
import { createReaderViews } from "./dialects/sqlite-reader.js";
import { migrationProvider } from "./migrations/index.js";

/** An open knowledge base: the query builder, and a way to close it. */
export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  location: string;
  /**
   * The knowledge base as a reader cleared for `clearance` sees it (see
   * dialects/sqlite-reader.ts and postgres-reader.ts): read-only, one
   * connection (SQLite) or pool (PostgreSQL) per level, opened on first use
   * and closed with this store. Confidential sees everything:
   * the store itself.
   */
  reader(clearance: Level): Promise<Store>;
  close(): Promise<void>;
}

/** A SQLite file may be named "sqlite:FILE", as migrate-db's --from does. */
const sqliteFile = (location: string): string => location.replace(/^sqlite:/, "");

/** The database behind a location: a PostgreSQL URL, else a SQLite file (created if needed). */
function connect(location: string): { db: Kysely<Database>; dialect: DialectName } {
  if (isPostgresUrl(location)) return { db: openPostgres(location), dialect: "postgres" };
  try {
    return { db: openSqlite(sqliteFile(location)).db, dialect: "sqlite" };
  } catch (err) {
    throw new DossierError("file_not_found", `cannot open the knowledge base ${location}: ${(err as Error).message}`);
  }
}

/** A location safe to print: a PostgreSQL URL without its password. */
export const shownLocation = (location: string): string => location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/, "$1:***@");

/**
 * Brings the schema up to date. Kysely runs PostgreSQL migrations in one
 * transaction, SQLite ones outside any: one killed half-way would leave
 * tables that the next run creates again and fails on, so on SQLite all
 * pending migrations commit together.
 */
async function migrate(db: Kysely<Database>, dialect: DialectName): Promise<unknown> {
  if (dialect === "postgres") return migratePostgres(db).catch((err: unknown) => err);
  const migrator = new Migrator({ db, provider: migrationProvider });
  if (!(await migrator.getMigrations()).some((m) => !m.executedAt)) return undefined;
  return (await inWriteTransaction(db, () => migrator.migrateToLatest())).error;
}

/**
 * PostgreSQL's migrations, with Kysely's tables in the knowledge base's own
 * schema (it looks in every schema unless told which: a second knowledge
 * base in one database would find the first one's and fail to read its
 * own), and the reader schemas dropped first when a migration is pending.
 */
async function migratePostgres(db: Kysely<Database>): Promise<unknown> {
  const { rows } = await sql<{ schema: string | null }>`SELECT current_schema() AS schema`.execute(db);
  const schema = rows[0]?.schema;
  // 3F000 is PostgreSQL's invalid_schema_name
  if (!schema) return Object.assign(new Error("no schema of its search_path exists"), { code: "3F000" });
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  if ((await migrator.getMigrations()).some((m) => !m.executedAt)) await dropReaderSchemas(db, schema);
  return (await migrator.migrateToLatest()).error;
}

/**
 * Opens (creating if needed) the knowledge base at `location` (a SQLite
 * file, or a postgres:// URL naming an existing database) and brings its
 * schema up to date.
 */
export async function openStore(location: string): Promise<Store> {
  const { db, dialect } = connect(location);
  const error = await migrate(db, dialect);
  if (error) {
    await db.destroy();
    const message = (error as Error).message;
    const failure = dialect === "postgres" ? postgresOpenFailure(error, location) : undefined;
    if (failure) throw failure;
    throw new DossierError("internal", `migrating ${shownLocation(location)} failed: ${message}`);
  }
  const readers = new Map<Level, Promise<Store>>();
  /** A reader's own query builder: a read-only SQLite connection with TEMP views, or a pool whose search_path starts with the reader schema. */
  const openReaderDb = async (clearance: Level): Promise<Kysely<Database>> => {
    if (dialect === "postgres") return openPostgresReader(db, location, clearance);
    const view = openSqlite(sqliteFile(location), { readonly: true });
    createReaderViews(view.raw, clearance);
    return view.db;
  };
  const store: Store = {
    db, dialect, location,
    reader(clearance) {
      if (clearance === "confidential") return Promise.resolve(store);
      let reader = readers.get(clearance);
      if (!reader) {
        // a promise, so that two requests arriving together open one reader
        reader = openReaderDb(clearance).then((readerDb): Store => {
          const self: Store = { db: readerDb, dialect, location, reader: async (c) => (levelRank(c) <= levelRank(clearance) ? store.reader(c) : self), close: () => readerDb.destroy() };
          return self;
        });
        readers.set(clearance, reader);
        reader.catch(() => readers.delete(clearance));
      }
      return reader;
    },
    async close() {
      for (const r of readers.values()) await r.then((reader) => reader.close(), () => undefined);
      readers.clear();
      await db.destroy();
    },
  };
  return store;
}
