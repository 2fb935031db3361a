import { eventList, type EventListEntry } from "../services/reading/kb-queries.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Command } from "./command.js";
import { occurredText } from "./format-person-page.js";
import { formatTable } from "./format-table.js";
import { DB_USAGE, JSON_USAGE, KB_OPTIONS, dbFile, json, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

/** The table `events` and `timeline` print. */
export function eventsTable(events: EventListEntry[]): string {
  const rows = events.map((e) => [
    e.id, e.type, e.personName ?? (e.actor ? `[${e.actor}]` : ""), occurredText(e), e.disclosed, e.lagDays, e.places, e.certainty,
    `${e.sources}/${e.independentSources}`,
  ]);
  const header = ["ID", "TYPE", "PERSON", "OCCURRED", "DISCLOSED", "LAG DAYS", "PLACE", "CERTAINTY", "DOCS/INDEP"];
  return `${formatTable(header, rows, 32)}${events.length} ${events.length === 1 ? "event" : "events"}\n`;
}

const OPTIONS = { ...KB_OPTIONS, type: { type: "string" }, person: { type: "string" } } as const;

export const eventsCommand: Command = {
  name: "events",
  summary: "list the events of the knowledge base",
  options: OPTIONS,
  usage: `Usage: dossier events [--type T] [--person NAME|ID] [--db FILE] [--json]

Lists every event once, however many sources report it: its type, its
person, when it occurred (the most precise date the sources agree on, or
"undated (first reported DATE)" when no source dates it), when a source says
it was made public, the days between, where, how certain, and the number of
documents and of independent sources.

  --type T      only events of this type
  --person P    only events of this person (an id, a name or an alias)
${DB_USAGE}
${JSON_USAGE}: [{id, type, person, personName, occurred,
                disclosed, firstReported, documents, sources, independentSources,
                lagDays, reportLagDays…}]; occurred is null when undated

Examples:
  dossier events --type defection
  dossier events --person "Lee Kyung Hee" --json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    noPositionals(positionals, "events");
    const filter = { type: values.type || undefined, person: values.person || undefined };
    const events = await withKnowledgeBase(dbFile(values), (store) => eventList(store, filter));
    io.stdout(values.json ? json(events) : eventsTable(events));
    return 0;
  },
};
