import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { DossierError } from "../../errors.js";
import { backupSqlite, retireSqliteFile } from "../../store/dialects/sqlite/backup.js";
import { openStore } from "../../store/open-store.js";
import { checkConsistency } from "../../store/queries/check-consistency.js";
import { kbCounts } from "../../store/queries/kb-counts.js";
import { besideTarget, checkIsKnowledgeBase, checkTarget, refusePostgres, type BackupSummary } from "./backup-knowledge-base.js";

/**
 * Replaces the knowledge base `target` with the backup `backup`: checks that
 * the backup is a dossier knowledge base (migrations table, integrity),
 * copies it beside the target, brings its schema up to date and runs every
 * consistency check on the copy, then renames it over the target, so the
 * target is either the old knowledge base or the whole restored one.
 */
export async function restoreKnowledgeBase(backup: string, target: string, options: { force?: boolean } = {}): Promise<BackupSummary> {
  refusePostgres(backup, target);
  if (!existsSync(backup)) throw new DossierError("file_not_found", `no backup at ${backup}`);
  checkTarget(backup, target, options.force ?? false, "restore");
  checkIsKnowledgeBase(backup, { integrity: true });
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
