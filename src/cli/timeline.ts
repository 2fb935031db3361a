import { timelineList } from "../services/reading/kb-queries.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Command } from "./command.js";
import { eventsTable } from "./events.js";
import { DB_USAGE, JSON_USAGE, KB_OPTIONS, dbFile, json, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

export const timelineCommand: Command = {
  name: "timeline",
  summary: "list the events in the order they happened",
  options: KB_OPTIONS,
  usage: `Usage: dossier timeline [--db FILE] [--json]

Lists every event by the date it occurred, earliest first; a year comes before
its months, and undated events come last.

${DB_USAGE}
${JSON_USAGE} (the fields of dossier events)

Examples:
  dossier timeline
  dossier timeline --db team.db --json > timeline.json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, KB_OPTIONS);
    noPositionals(positionals, "timeline");
    const events = await withKnowledgeBase(dbFile(values), timelineList);
    io.stdout(values.json ? json(events) : eventsTable(events));
    return 0;
  },
};
