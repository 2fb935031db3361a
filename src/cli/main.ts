#!/usr/bin/env node
import { DossierError, ERROR_CODES, isDossierError } from "../errors.js";
import type { Command, CliIo } from "./command.js";
import { processIo } from "./command.js";
import { oneLine } from "./one-line.js";
/**
 * The commands, each loaded only when it runs: `dossier extract` does not
 * pay for the database, the HTTP server or the other commands.
 */
interface CommandEntry { name: string; summary: string; load: () => Promise<Command> }
const entry = (name: string, summary: string, load: () => Promise<Command>): CommandEntry => ({ name, summary, load });
export const commands: CommandEntry[] = [
  entry("extract", "extract people, places and events from articles", async () => (await import("./extract.js")).extractCommand),
  entry("ingest", "extract articles and store them in the knowledge base", async () => (await import("./ingest.js")).ingestCommand),
  entry("worker", "store the articles queued by ingest --queue (PostgreSQL; run as many as you like)", async () => (await import("./worker.js")).workerCommand),
  entry("watch", "follow feeds, sitemaps and listing pages; fetch what is new", async () => (await import("./watch.js")).watchCommand),
  entry("reprocess", "re-run changed extractors on stored documents", async () => (await import("./reprocess.js")).reprocessCommand),
  entry("merge", "record that two people are one (reversible)", async () => (await import("./judge-commands.js")).mergeCommand),
  entry("split", "record that two people are different (reversible)", async () => (await import("./judge-commands.js")).splitCommand),
  entry("undo", "take back a merge or split (judgement ID, or the last one --by made); --correction: a correction", async () => (await import("./judge-commands.js")).undoCommand),
  entry("correct", "correct an event's date, type, person or place, or give a person a post", async () => (await import("./fact-commands.js")).correctCommand),
  entry("accept", "accept an event or a statement as right", async () => (await import("./fact-commands.js")).acceptCommand),
  entry("reject", "reject an event or a statement as wrong (reversible)", async () => (await import("./fact-commands.js")).rejectCommand),
  entry("settle", "settle a contradiction: one source's date, or both as reported", async () => (await import("./fact-commands.js")).settleCommand),
  entry("people", "list the people of the knowledge base", async () => (await import("./people.js")).peopleCommand),
  entry("show", "show one person: names, posts, events and their sources", async () => (await import("./show.js")).showCommand),
  entry("events", "list the events of the knowledge base", async () => (await import("./events.js")).eventsCommand),
  entry("timeline", "list the events in the order they happened", async () => (await import("./timeline.js")).timelineCommand),
  entry("search", "full-text search over people's names and documents", async () => (await import("./search.js")).searchCommand),
  entry("screen", "screen an article against the knowledge base: known people, new, confirming and contradicting events", async () => (await import("./screen.js")).screenCommand),
  entry("conflicts", "list open contradictions between sources, with both quotes", async () => (await import("./conflicts.js")).conflictsCommand),
  entry("stats", "count documents, people and events; events by type and year", async () => (await import("./stats.js")).statsCommand),
  entry("export", "export people and events as FollowTheMoney, CSV, JSON or statements", async () => (await import("./export.js")).exportCommand),
  entry("import", "import a statements export into the knowledge base (levels kept)", async () => (await import("./import.js")).importCommand),
  entry("check", "check that the knowledge base is consistent (after a crash, before a backup)", async () => (await import("./check.js")).checkCommand),
  entry("backup", "copy the knowledge base to FILE, safely while it is in use", async () => (await import("./backup.js")).backupCommand),
  entry("restore", "replace the knowledge base with a backup, after checking it", async () => (await import("./restore.js")).restoreCommand),
  entry("migrate-db", "copy a knowledge base into an empty one (SQLite to PostgreSQL)", async () => (await import("./migrate-db.js")).migrateDbCommand),
  entry("serve", "serve the JSON API (/api) and the pages over HTTP", async () => (await import("./serve.js")).serveCommand),
  entry("user", "add, list or disable the users of serve --auth", async () => (await import("./access-commands.js")).userCommand),
  entry("token", "create or revoke API tokens for scripts", async () => (await import("./access-commands.js")).tokenCommand),
  entry("protect", "show a person under a pseudonym to readers below a level", async () => (await import("./access-commands.js")).protectCommand),
  entry("level", "set the level of a document, event or statement", async () => (await import("./access-commands.js")).levelCommand),
  entry("audit", "show the audit log: who viewed, judged, exported or changed what", async () => (await import("./access-commands.js")).auditCommand),
];

function help(io: CliIo): number {
  io.stdout(
    `dossier: turns news reports into an evidence-linked record of people and what happened to them.\n\n` +
      `Usage: dossier <command> [options]\n\nCommands:\n` +
      commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n") +
      `\n\nRun "dossier <command> --help" for a command's options and examples.\n\n` +
      `Examples:\n` +
      `  dossier ingest examples && dossier serve\n` +
      `  dossier extract examples/01-bucharest-counsellor-defects.txt --format text\n` +
      `  dossier show "Thae Yong Ho"\n`,
  );
  return 0;
}

/** Runs one command line; returns the exit code. Errors print one line with their code, never a stack. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") return help(io);
  if (name === "--version") { io.stdout("0.1.0\n"); return 0; }
  const found = commands.find((c) => c.name === name);
  try {
    if (!found) throw new DossierError("usage", `unknown command "${name}"; run "dossier --help"`);
    const command = await found.load();
    if (rest.includes("--help") || rest.includes("-h")) { io.stdout(command.usage); return 0; }
    return await command.run(rest, io);
  } catch (err) {
    if (isDossierError(err)) {
      io.stderr(`dossier: error ${err.code}: ${oneLine(err.message)}\n`);
      return err.exitCode;
    }
    io.stderr(`dossier: error internal: ${oneLine((err as Error)?.message ?? String(err))}\n`);
    if (process.env.DOSSIER_DEBUG) io.stderr(`${(err as Error)?.stack}\n`);
    return ERROR_CODES.internal.exit;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!);
if (invokedDirectly || process.argv[1]?.endsWith("/dossier")) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
