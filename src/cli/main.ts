#!/usr/bin/env node
import { DossierError, ERROR_CODES, isDossierError } from "../errors.js";
import type { Command, CliIo } from "./command.js";
import { processIo } from "./command.js";
import { extractCommand } from "./extract.js";
import { ingestCommand } from "./ingest.js";
import { mergeCommand, splitCommand, undoCommand } from "./judge-commands.js";
import { conflictsCommand } from "./conflicts.js";
import { eventsCommand } from "./events.js";
import { exportCommand } from "./export.js";
import { peopleCommand } from "./people.js";
import { searchCommand } from "./search.js";
import { showCommand } from "./show.js";
import { statsCommand } from "./stats.js";
import { timelineCommand } from "./timeline.js";
import { reprocessCommand } from "./reprocess.js";
import { serveCommand } from "./serve.js";

const commands: Command[] = [
  extractCommand, ingestCommand, reprocessCommand, mergeCommand, splitCommand, undoCommand,
  peopleCommand, showCommand, eventsCommand, timelineCommand, searchCommand, conflictsCommand, statsCommand, exportCommand,
  serveCommand,
];

function help(io: CliIo): number {
  io.stdout(
    `dossier: turns news reports into an evidence-linked record of people and what happened to them.\n\n` +
      `Usage: dossier <command> [options]\n\nCommands:\n` +
      commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n") +
      `\n\nRun "dossier <command> --help" for a command's options.\n`,
  );
  return 0;
}

/** Runs one command line; returns the exit code. Errors print one line with their code, never a stack. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") return help(io);
  if (name === "--version") { io.stdout("0.1.0\n"); return 0; }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new DossierError("usage", `unknown command "${name}"; run "dossier --help"`);
    if (rest.includes("--help") || rest.includes("-h")) { io.stdout(command.usage); return 0; }
    return await command.run(rest, io);
  } catch (err) {
    if (isDossierError(err)) {
      io.stderr(`dossier: error ${err.code}: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr(`dossier: error internal: ${(err as Error)?.message ?? String(err)}\n`);
    if (process.env.DOSSIER_DEBUG) io.stderr(`${(err as Error)?.stack}\n`);
    return ERROR_CODES.internal.exit;
  }
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!);
if (invokedDirectly || process.argv[1]?.endsWith("/dossier")) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
