import { restoreKnowledgeBase } from "../services/administration/restore-knowledge-base.js";
import { audited, BACKUP_OPTIONS, describeBackup, fileArgument } from "./backup.js";
import type { Command } from "./command.js";
import { dbFile } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

export const restoreCommand: Command = {
  name: "restore",
  summary: "replace the knowledge base with a backup, after checking it",
  options: BACKUP_OPTIONS,
  usage: `Usage: dossier restore FILE [--db DB] [--force]

Restores the backup FILE as the knowledge base DB. FILE must be a dossier
knowledge base (its migrations table and SQLite's integrity check are
verified, and the copy passes every test of "dossier check") before
anything is replaced; the copy is then renamed over DB in one step. Stop
other dossier processes using DB first. The audit log beside DB is kept as
it is (append-only); the restore is recorded in it.

  --db DB    the knowledge base to restore to (default: ./dossier.db)
  --force    replace DB if it exists (otherwise an existing DB is refused)

Examples:
  dossier restore kb-2024-05-01.db --force
  dossier restore /backups/team.db --db team.db
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, BACKUP_OPTIONS);
    const file = fileArgument(positionals, "restore");
    const summary = await restoreKnowledgeBase(file, dbFile(values), { force: values.force as boolean });
    await audited(summary.file, "restore", file);
    io.stdout(`restored ${describeBackup(summary)}\n`);
    return 0;
  },
};
