import { Migrator, type Kysely } from "kysely";
import { DossierError } from "../errors.js";
import type { Database } from "./database.js";
import { openSqlite } from "./dialects/sqlite.js";
import { migrationProvider } from "./migrations/index.js";

/** An open knowledge base: the query builder, and a way to close it. */
export interface Store {
  db: Kysely<Database>;
  dialect: "sqlite";
  location: string;
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
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw new DossierError("internal", `migrating ${location} failed: ${(error as Error).message}`);
  return { db, dialect: "sqlite", location, close: () => db.destroy() };
}
