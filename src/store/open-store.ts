import type { Kysely } from "kysely";
import { DossierError } from "../errors.js";
import type { Database } from "./database.js";
import { levelRank, type Level } from "../model/levels.js";
import { dialectAt, type StoreDialect } from "./dialects/dialect-of.js";
import { shownLocation } from "./dialects/location.js";

export { shownLocation } from "./dialects/location.js";

/** An open knowledge base: the query builder, what its database does its own way, and a way to close it. */
export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  location: string;
  /**
   * The knowledge base as a reader cleared for `clearance` sees it (see
   * dialects/sqlite/reader.ts and dialects/postgres/reader.ts): read-only, one
   * connection (SQLite) or pool (PostgreSQL) per level, opened on first use
   * and closed with this store. Confidential sees everything:
   * the store itself.
   */
  reader(clearance: Level): Promise<Store>;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) the knowledge base at `location` (a SQLite
 * file, or a postgres:// URL naming an existing database) and brings its
 * schema up to date.
 */
export async function openStore(location: string): Promise<Store> {
  // the one place the database is chosen: everything after asks the dialect
  const dialect = dialectAt(location);
  const db = dialect.connect(location);
  const error = await dialect.migrate(db);
  if (error) {
    await db.destroy();
    const message = (error as Error).message;
    const failure = dialect.openFailure(error, location);
    if (failure) throw failure;
    throw new DossierError("internal", `migrating ${shownLocation(location)} failed: ${message}`);
  }
  const readers = new Map<Level, Promise<Store>>();
  const store: Store = {
    db, dialect, location,
    reader(clearance) {
      if (clearance === "confidential") return Promise.resolve(store);
      let reader = readers.get(clearance);
      if (!reader) {
        // a promise, so that two requests arriving together open one reader
        reader = dialect.openReader(db, location, clearance).then((readerDb): Store => {
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
