import { DossierError } from "../errors.js";
import { AuditTrail } from "../services/access/audit-trail.js";
import { backupKnowledgeBase, type BackupSummary } from "../services/administration/backup-knowledge-base.js";
import { operator } from "./access-commands.js";
import type { Command } from "./command.js";
import { dbFile } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

export const BACKUP_OPTIONS = { db: { type: "string", default: "dossier.db" }, force: { type: "boolean", default: false } } as const;

/** "backup.db: 2.4 MB, 300 documents, 4 people, 4 events, 12 judgements" */
export function describeBackup(s: BackupSummary): string {
  const size = s.bytes >= 1e6 ? `${(s.bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(s.bytes / 1e3)} kB`;
  return `${s.file}: ${size}, ${s.documents} documents, ${s.people} people, ${s.events} events, ${s.judgements} judgements`;
}

/** Records a backup or a restore in the knowledge base's audit log (which neither copies nor replaces: it stays append-only). */
export async function audited(kbFile: string, action: "backup" | "restore", file: string): Promise<void> {
  const audit = await AuditTrail.open(kbFile);
  try {
    await audit.changed(operator(), action, file);
  } finally {
    await audit.close();
  }
}

/** The one FILE argument of backup and restore. */
export function fileArgument(positionals: string[], command: string): string {
  if (positionals.length !== 1 || !positionals[0]) throw new DossierError("usage", `${command} takes one FILE; see dossier ${command} --help`);
  return positionals[0];
}

export const backupCommand: Command = {
  name: "backup",
  summary: "copy the knowledge base to FILE, safely while it is in use",
  options: BACKUP_OPTIONS,
  usage: `Usage: dossier backup FILE [--db DB] [--force]

Copies the knowledge base to FILE with SQLite's online backup: the copy is
one consistent moment even while an ingest or a server writes to it. FILE
appears only when the copy is whole. Prints its size and what it holds.
The audit log beside DB (DB's .audit.db) is not copied; the backup is
recorded in it.

  --db DB    the knowledge base (default: ./dossier.db)
  --force    replace FILE if it exists (otherwise an existing FILE is refused)

Examples:
  dossier backup kb-2024-05-01.db
  dossier backup /backups/team.db --db team.db --force
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, BACKUP_OPTIONS);
    const db = dbFile(values);
    const summary = await backupKnowledgeBase(db, fileArgument(positionals, "backup"), { force: values.force as boolean });
    await audited(db, "backup", summary.file);
    io.stdout(`backed up to ${describeBackup(summary)}\n`);
    return 0;
  },
};
