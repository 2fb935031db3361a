import Database from "better-sqlite3";
import { existsSync, rmSync } from "node:fs";
import { appliedMigrationsOf } from "./integrity.js";

/**
 * Copies a live SQLite knowledge base page by page with SQLite's online
 * backup API: the copy is one consistent moment of the database even while
 * other processes write to it (WAL readers do not block writers). Every
 * page goes in one step: a step between two commits of another connection
 * would start the copy over, and a busy writer could keep it from ever
 * finishing.
 */
export async function backupSqlite(source: string, destination: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
}

/**
 * What a file holds, read without changing it: not SQLite at all, SQLite
 * without dossier's migrations, or a knowledge base with these migrations
 * (and, when asked, what SQLite's integrity check finds: it reads every page).
 */
export function inspectSqliteFile(file: string, options: { integrity: boolean }): { sqlite: false; why: string } | { sqlite: true; migrations: string[] | undefined; integrity: string[] } {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (err) {
    return { sqlite: false, why: (err as Error).message };
  }
  try {
    const rows = options.integrity ? (db.pragma("integrity_check") as { integrity_check: string }[]) : [];
    const integrity = rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
    return { sqlite: true, migrations: appliedMigrationsOf(db), integrity };
  } finally {
    db.close();
  }
}

/**
 * Makes `file` ready to be replaced: its log is written into it and
 * truncated, and the -wal and -shm files go, so that the file renamed over
 * it is never read with the old one's log.
 */
export function retireSqliteFile(file: string): void {
  if (existsSync(file)) {
    try {
      const db = new Database(file, { fileMustExist: true });
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.close();
    } catch {
      // a damaged file is replaced all the same
    }
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Turns a backup into one self-contained file: rollback journal instead of
 * WAL, so no -wal file beside it can be left behind when it is copied, and
 * reading it creates none. Restoring it turns WAL on again.
 */
export function selfContained(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
}
