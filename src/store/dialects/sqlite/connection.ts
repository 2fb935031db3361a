import Database from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { Database as Tables } from "../../database.js";
import { nameKey } from "../../names/name-key.js";

/**
 * An embedded SQLite knowledge base: one file, WAL journal (readers do not
 * block the writer, and a crash loses at most the open transaction).
 */
export function openSqlite(file: string, options: { readonly?: boolean } = {}): { db: Kysely<Tables>; raw: Database.Database } {
  const raw = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  // the triggers of doc_person_names call it: every connection that writes doc_people needs it
  raw.function("dossier_name_key", { deterministic: true }, (name: unknown) => (typeof name === "string" ? nameKey(name) : null));
  return { db: new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) }), raw };
}

/**
 * Runs `work` inside one write transaction on the connection's only
 * handle, for work that Kysely would not wrap itself (its migrator runs
 * SQLite migrations statement by statement). IMMEDIATE takes the write lock
 * at once, so a second process opening a new file waits, then finds the
 * migrations done. Rolled back when `work` throws or reports an error.
 */
export async function inWriteTransaction<T extends { error?: unknown }>(db: Kysely<Tables>, work: () => Promise<T>): Promise<T> {
  await sql`BEGIN IMMEDIATE`.execute(db);
  let result: T;
  try {
    result = await work();
  } catch (err) {
    await sql`ROLLBACK`.execute(db);
    throw err;
  }
  await sql.raw(result.error ? "ROLLBACK" : "COMMIT").execute(db);
  return result;
}

/**
 * Kysely prepares every query anew; ingest sends the same few hundred
 * statements thousands of times. A small cache of prepared statements by SQL
 * text saves that work (better-sqlite3 runs them synchronously, one at a time).
 */
function withStatementCache(raw: Database.Database): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = raw.prepare.bind(raw);
  return new Proxy(raw, {
    get(target, prop, receiver) {
      if (prop !== "prepare") return Reflect.get(target, prop, receiver);
      return (sqlText: string) => {
        let stmt = cache.get(sqlText);
        if (!stmt) {
          stmt = prepare(sqlText);
          if (cache.size >= 500) cache.delete(cache.keys().next().value!);
          cache.set(sqlText, stmt);
        }
        return stmt;
      };
    },
  });
}

/**
 * A token that changes whenever the data may have: PRAGMA data_version moves
 * when another connection commits, total_changes() when this one writes.
 * Two equal tokens mean nothing was written in between.
 */
export async function dataVersion(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ v: string }>`SELECT (SELECT data_version FROM pragma_data_version()) || '.' || total_changes() AS v`.execute(db);
  return rows[0].v;
}
