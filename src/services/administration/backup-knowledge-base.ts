import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { DossierError } from "../../errors.js";
import { isPostgresUrl } from "../../store/dialects/dialect-of.js";
import { backupSqlite, inspectSqliteFile, retireSqliteFile, selfContained } from "../../store/dialects/sqlite/backup.js";
import { migrations } from "../../store/migrations/index.js";
import { openStore } from "../../store/open-store.js";
import { kbCounts, type KbCounts } from "../../store/queries/kb-counts.js";

export interface BackupSummary extends KbCounts { file: string; bytes: number }

/** Backup and restore copy SQLite files (online backup, integrity check); a PostgreSQL database has its own tools (pg_dump). */
export function refusePostgres(...locations: string[]): void {
  if (locations.some(isPostgresUrl)) throw new DossierError("usage", "backup and restore work on SQLite knowledge bases; for PostgreSQL use pg_dump and pg_restore");
}

/** Refuses to write over an existing file unless asked to, and to write a database over itself. */
export function checkTarget(source: string, target: string, force: boolean, verb: string): void {
  if (resolve(source) === resolve(target)) throw new DossierError("usage", `cannot ${verb} ${source} onto itself`);
  if (existsSync(target) && !force) throw new DossierError("file_exists", `${target} exists; --force replaces it`);
}

/** A temporary file beside `target` (same folder, so that renaming it over the target is atomic). */
export const besideTarget = (target: string, what: string): string => `${target}.${what}-${process.pid}`;

/** Refuses a file that is not a dossier knowledge base, or one a newer dossier wrote. */
export function checkIsKnowledgeBase(file: string, options: { integrity: boolean }): void {
  const found = inspectSqliteFile(file, options);
  if (!found.sqlite) throw new DossierError("not_a_knowledge_base", `${file} is not a SQLite database (${found.why})`);
  if (!found.migrations?.length) throw new DossierError("not_a_knowledge_base", `${file} is a SQLite database but not a dossier knowledge base (no migrations table)`);
  const unknown = found.migrations.filter((m) => !(m in migrations));
  if (unknown.length) throw new DossierError("not_a_knowledge_base", `${file} was written by a newer dossier (migrations ${unknown.join(", ")}); upgrade dossier to use it`);
  if (found.integrity.length) throw new DossierError("inconsistent", `${file} fails SQLite's integrity check: ${found.integrity[0]}`);
}

/** How many documents, people, events and judgements a knowledge-base file holds. */
export async function countsOf(file: string): Promise<KbCounts> {
  const store = await openStore(file);
  try {
    return await kbCounts(store.db);
  } finally {
    await store.close();
  }
}

/**
 * Copies the knowledge base `source` to `target` while it may be in use
 * (SQLite's online backup: one consistent moment, other processes go on
 * writing). The copy is written beside the target and renamed into place,
 * so `target` is never a half-written file.
 */
export async function backupKnowledgeBase(source: string, target: string, options: { force?: boolean } = {}): Promise<BackupSummary> {
  refusePostgres(source, target);
  if (!existsSync(source)) throw new DossierError("file_not_found", `no knowledge base at ${source}`);
  checkTarget(source, target, options.force ?? false, "back up");
  // A damaged knowledge base is still worth a copy: only what it is, not its integrity, is checked.
  checkIsKnowledgeBase(source, { integrity: false });
  const temp = besideTarget(target, "backup");
  try {
    await backupSqlite(source, temp);
    const counts = await countsOf(temp);
    selfContained(temp);
    retireSqliteFile(target);
    renameSync(temp, target);
    return { file: target, bytes: statSync(target).size, ...counts };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT" || /directory does not exist/.test((err as Error).message)) {
      throw new DossierError("file_not_found", `cannot write ${target}: its folder does not exist`);
    }
    throw err;
  } finally {
    retireSqliteFile(temp);
    rmSync(temp, { force: true });
  }
}
