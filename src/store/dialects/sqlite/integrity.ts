import type Database from "better-sqlite3";
import { sql, type Kysely } from "kysely";

/** The full-text indexes whose rows must match the tables they index (external content). */
const SEARCH_TABLES = ["documents_fts", "people_fts"] as const;

/** SQLite's check of the file's structure (pages, b-trees, indexes), one line per fault. */
export async function storageProblems(db: Kysely<any>): Promise<string[]> {
  const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
  return integrity.rows.filter((r) => r.integrity_check !== "ok").map((r) => r.integrity_check);
}

/** Every row whose foreign key points at a missing row. */
export async function foreignKeyProblems(db: Kysely<any>): Promise<string[]> {
  const keys = await sql<{ table: string; rowid: number | null; parent: string }>`PRAGMA foreign_key_check`.execute(db);
  return keys.rows.map((r) => `${r.table} row ${r.rowid ?? "?"} points at a missing ${r.parent} row`);
}

/**
 * Every full-text index against the table it indexes: FTS5's
 * 'integrity-check' with rank 1 also compares the index with the external
 * content, and reports a mismatch as "database disk image is malformed".
 */
export async function searchIndexProblems(db: Kysely<any>): Promise<string[]> {
  const problems: string[] = [];
  for (const table of SEARCH_TABLES) {
    try {
      await sql`INSERT INTO ${sql.table(table)}(${sql.ref(table)}, rank) VALUES ('integrity-check', 1)`.execute(db);
    } catch (err) {
      problems.push(`${table} does not match its table (${(err as Error).message})`);
    }
  }
  return problems;
}

/** The names of the migrations applied to a database, or undefined when it has no migration table (not a dossier file). */
export function appliedMigrationsOf(db: Database.Database): string[] | undefined {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  if (!table) return undefined;
  return (db.prepare("SELECT name FROM kysely_migration ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}
