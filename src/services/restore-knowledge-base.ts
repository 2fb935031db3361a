import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { DossierError } from "../errors.js";
import { backupSqlite, inspectSqliteFile, retireSqliteFile } from "../store/dialects/sqlite-backup.js";
import { migrations } from "../store/migrations/index.js";
import { openStore } from "../store/open-store.js";
import { checkConsistency } from "../store/queries/check-consistency.js";
import { kbCounts } from "../store/queries/kb-counts.js";
import { besideTarget, checkTarget, type BackupSummary } from "./backup-knowledge-base.js";

/** Refuses a file that is not a dossier knowledge base, or one a newer dossier wrote. */
function checkIsKnowledgeBase(file: string): void {
  const found = inspectSqliteFile(file);
  if (!found.sqlite) throw new DossierError("not_a_knowledge_base", `${file} is not a SQLite database (${found.why})`);
  if (!found.migrations?.length) throw new DossierError("not_a_knowledge_base", `${file} is a SQLite database but not a dossier knowledge base (no migrations table)`);
  const unknown = found.migrations.filter((m) => !(m in migrations));
  if (unknown.length) throw new DossierError("not_a_knowledge_base", `${file} was written by a newer dossier (migrations ${unknown.join(", ")}); upgrade dossier to restore it`);
  if (found.integrity.length) throw new DossierError("inconsistent", `${file} fails SQLite's integrity check: ${found.integrity[0]}`);
}

/**
 * Replaces the knowledge base `target` with the backup `backup`: checks that
 * the backup is a dossier knowledge base (migrations table, integrity),
 * copies it beside the target, brings its schema up to date and runs every
 * consistency check on the copy, then renames it over the target, so the
 * target is either the old knowledge base or the whole restored one.
 */
export async function restoreKnowledgeBase(backup: string, target: string, options: { force?: boolean } = {}): Promise<BackupSummary> {
  if (!existsSync(backup)) throw new DossierError("file_not_found", `no backup at ${backup}`);
  checkTarget(backup, target, options.force ?? false, "restore");
  checkIsKnowledgeBase(backup);
  const temp = besideTarget(target, "restore");
  try {
    await backupSqlite(backup, temp);
    const store = await openStore(temp);
    let counts;
    try {
      const { problems } = await checkConsistency(store.db);
      if (problems.length) throw new DossierError("inconsistent", `${backup} fails dossier check (${problems.length} problems; the first: ${problems[0]})`);
      counts = await kbCounts(store.db);
    } finally {
      await store.close();
    }
    retireSqliteFile(target);
    renameSync(temp, target);
    return { file: target, bytes: statSync(target).size, ...counts };
  } finally {
    retireSqliteFile(temp);
    rmSync(temp, { force: true });
  }
}
