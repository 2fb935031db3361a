import { DossierError } from "../errors.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import { checkConsistency } from "../store/queries/check-consistency.js";
import type { Command } from "./command.js";
import { DB_USAGE, dbFile, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

const OPTIONS = { db: { type: "string", default: "dossier.db" } } as const;

export const checkCommand: Command = {
  name: "check",
  summary: "check that the knowledge base is consistent (after a crash, before a backup)",
  options: OPTIONS,
  usage: `Usage: dossier check [--db FILE]

Checks the knowledge base: SQLite's integrity and foreign keys, the
full-text indexes against their tables (these three are SQLite's own:
skipped on PostgreSQL, with a line saying so), every span within its
document's text, every statement and event pointing at rows of its own
document, each document's extraction whole, every person and event id a
real cluster, and the judgement log. Prints one line per problem and
exits 6 when there is any, 0 when there is none. Rows a stopped ingest
left unresolved are counted but are not problems: the next ingest or
reprocess resolves them.

${DB_USAGE}

Examples:
  dossier check
  dossier check --db team.db && dossier backup team-2024-05-01.db --db team.db
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    noPositionals(positionals, "check");
    const file = dbFile(values);
    const report = await withKnowledgeBase(file, (store) => checkConsistency(store.db));
    for (const line of report.skipped) io.stdout(`${line}\n`);
    for (const line of report.problems) io.stdout(`${line}\n`);
    const { people, events } = report.pending;
    if (people || events) io.stdout(`${people} document persons and ${events} events await resolution; the next ingest or reprocess resolves them\n`);
    if (report.problems.length) throw new DossierError("inconsistent", `${report.problems.length} problems in ${file}`);
    io.stdout(`${file}: consistent\n`);
    return 0;
  },
};
