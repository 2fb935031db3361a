import { statsOf, type KbStats } from "../services/reading/kb-queries.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Command } from "./command.js";
import { formatTable } from "./format-table.js";
import { DB_USAGE, JSON_USAGE, KB_OPTIONS, dbFile, json, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

function statsText(s: KbStats): string {
  const median = (days: number | null, over: number, none: string) =>
    days === null ? `unknown (${none})` : `${days} ${days === 1 ? "day" : "days"} (over ${over} ${over === 1 ? "event" : "events"})`;
  const lag = median(s.medianLagDays, s.eventsWithLag, "no event dated to the month with a stated disclosure");
  const report = median(s.medianReportLagDays, s.eventsWithReportLag, "no event dated to the month");
  const head = [`Documents  ${s.documents}`, `People     ${s.people}`, `Events     ${s.events}`, `Median disclosure lag      ${lag}`,
    `Median days to 1st report  ${report}`, "", "Events by type and year"];
  const table = formatTable(["TYPE", "YEAR", "EVENTS"], s.eventsByTypeAndYear.map((r) => [r.type, r.year, r.events]));
  return `${head.join("\n")}\n${table}`;
}

export const statsCommand: Command = {
  name: "stats",
  summary: "count documents, people and events; events by type and year",
  options: KB_OPTIONS,
  usage: `Usage: dossier stats [--db FILE] [--json]

Counts the documents, people and events of the knowledge base, the events by
type and by the year they occurred ("undated" when no source dates them), the
median number of days between an event and the disclosure a source states,
and, apart, between an event and its first report (over events dated at least
to the month).

${DB_USAGE}
${JSON_USAGE}: {documents, people, events, eventsByTypeAndYear,
              medianLagDays, eventsWithLag, medianReportLagDays, eventsWithReportLag}

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
