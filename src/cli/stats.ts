import { statsOf, type KbStats } from "../services/kb-queries.js";
import { withKnowledgeBase } from "../services/open-knowledge-base.js";
import type { Command } from "./command.js";
import { formatTable } from "./format-table.js";
import { DB_USAGE, JSON_USAGE, KB_OPTIONS, dbFile, json, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

function statsText(s: KbStats): string {
  const lag = s.medianLagDays === null ? "unknown (no event dated to the month with a known disclosure)" : `${s.medianLagDays} ${s.medianLagDays === 1 ? "day" : "days"} (over ${s.eventsWithLag} ${s.eventsWithLag === 1 ? "event" : "events"})`;
  const head = [`Documents  ${s.documents}`, `People     ${s.people}`, `Events     ${s.events}`, `Median disclosure lag  ${lag}`, "", "Events by type and year"];
  const table = formatTable(["TYPE", "YEAR", "EVENTS"], s.eventsByTypeAndYear.map((r) => [r.type, r.year, r.events]));
  return `${head.join("\n")}\n${table}`;
}

export const statsCommand: Command = {
  name: "stats",
  summary: "count documents, people and events; events by type and year",
  options: KB_OPTIONS,
  usage: `Usage: dossier stats [--db FILE] [--json]

Counts the documents, people and events of the knowledge base, the events by
type and by the year they occurred, and the median number of days between an
event and its disclosure (over events dated at least to the month).

${DB_USAGE}
${JSON_USAGE}: {documents, people, events, eventsByTypeAndYear,
              medianLagDays, eventsWithLag}

Examples:
  dossier stats
  dossier stats --db postgres://me@db.example/kb --json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, KB_OPTIONS);
    noPositionals(positionals, "stats");
    const stats = await withKnowledgeBase(dbFile(values), statsOf);
    io.stdout(values.json ? json(stats) : statsText(stats));
    return 0;
  },
};
