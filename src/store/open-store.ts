import { Migrator, type Kysely } from "kysely";
import { DossierError } from "../errors.js";
import type { Database } from "./database.js";
import { levelRank, type Level } from "../model/levels.js";
import { inWriteTransaction, openSqlite } from "./dialects/sqlite.js";
import { createReaderViews } from "./dialects/sqlite-reader.js";
import { migrationProvider } from "./migrations/index.js";

/** An open knowledge base: the query builder, and a way to close it. */
export interface Store {
  db: Kysely<Database>;
  dialect: "sqlite";
  location: string;
  /**
   * The knowledge base as a reader cleared for `clearance` sees it (see
   * dialects/sqlite-reader.ts): read-only, one connection per level, opened
   * on first use and closed with this store. Confidential sees everything:
   * the store itself.
   */
  reader(clearance: Level): Promise<Store>;
  close(): Promise<void>;
}

/** Opens (creating if needed) the knowledge base at `location` and brings its schema up to date. */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(?:ql)?:/.test(location)) throw new DossierError("usage", "PostgreSQL is not supported yet; use a SQLite file");
  let opened;
  try {
    opened = openSqlite(location);
  } catch (err) {
    throw new DossierError("file_not_found", `cannot open the knowledge base ${location}: ${(err as Error).message}`);
  }
  const { db } = opened;
  const migrator = new Migrator({ db, provider: migrationProvider });
  // Kysely runs SQLite migrations outside a transaction; one killed half-way would leave
  // tables that the next run creates again and fails on. All pending migrations commit together.
  if ((await migrator.getMigrations()).some((m) => !m.executedAt)) {
    const { error } = await inWriteTransaction(db, () => migrator.migrateToLatest());
    if (error) throw new DossierError("internal", `migrating ${location} failed: ${(error as Error).message}`);
  }
  const readers = new Map<Level, Store>();
  const store: Store = {
    db, dialect: "sqlite", location,
    async reader(clearance) {
      if (clearance === "confidential") return store;
      let reader = readers.get(clearance);
      if (!reader) {
        const view = openSqlite(location, { readonly: true });
        createReaderViews(view.raw, clearance);
        reader = { db: view.db, dialect: "sqlite", location, reader: async (c) => (levelRank(c) <= levelRank(clearance) ? store.reader(c) : reader!), close: () => view.db.destroy() };
        readers.set(clearance, reader);
      }
      return reader;
    },
    async close() {
      for (const r of readers.values()) await r.close();
      readers.clear();
      await db.destroy();
    },
  };
  return store;
}
