import { DossierError } from "../errors.js";
import { PEOPLE_SORTS, peopleList, type PeopleSort, type PersonListEntry } from "../services/reading/kb-queries.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Command } from "./command.js";
import { formatTable } from "./format-table.js";
import { DB_USAGE, JSON_USAGE, KB_OPTIONS, dbFile, json, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

function sortOf(value: string): PeopleSort {
  if (!(PEOPLE_SORTS as readonly string[]).includes(value)) throw new DossierError("usage", `--sort must be ${PEOPLE_SORTS.join(", ")}, not "${value}"`);
  return value as PeopleSort;
}

function peopleTable(people: PersonListEntry[]): string {
  const rows = people.map((p) => [
    p.id, p.name, p.aliases.slice(0, 3), p.titles[0], p.events, p.countries, p.first, p.last, p.documentCount, p.independentSources,
  ]);
  const header = ["ID", "NAME", "ALSO", "POST", "EVENTS", "COUNTRIES", "FIRST", "LAST", "DOCS", "INDEP"];
  return `${formatTable(header, rows, 32)}${people.length} ${people.length === 1 ? "person" : "people"}\n`;
}

const OPTIONS = { ...KB_OPTIONS, event: { type: "string" }, country: { type: "string" }, sort: { type: "string", default: "sources" } } as const;

export const peopleCommand: Command = {
  name: "people",
  summary: "list the people of the knowledge base",
  options: OPTIONS,
  usage: `Usage: dossier people [--db FILE] [--event TYPE] [--country C] [--sort name|rank|date|sources] [--json]

Lists every person once, however many documents name them: the name most
documents use, the other spellings, posts, event types, countries, the dates
of the first and last events, and the number of documents and of independent
sources (near-copies of one story count once).

  --event TYPE  only people with an event of this type (defection, execution…)
  --country C   only people with an event in this country ("North Korea")
  --sort S      name; rank (most senior post first); date (earliest event
                first); sources (most independent sources first, the default)
${DB_USAGE}
${JSON_USAGE}: [{id, name, aliases, documents, titles, events,
                countries, first, last, documentCount, independentSources, rank}]

Examples:
  dossier people
  dossier people --event defection --sort date
  dossier people --country "North Korea" --json > people.json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    noPositionals(positionals, "people");
    const filter = { event: values.event || undefined, country: values.country || undefined, sort: sortOf(values.sort as string) };
    const people = await withKnowledgeBase(dbFile(values), (store) => peopleList(store, filter));
    io.stdout(values.json ? json(people) : peopleTable(people));
    return 0;
  },
};
