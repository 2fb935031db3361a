import { DossierError } from "../errors.js";
import { readArticle } from "../ingest/read-inputs.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import { screenArticle, type ScreenResult } from "../services/reading/screen-article.js";
import type { Command } from "./command.js";
import { DB_USAGE, JSON_USAGE, KB_OPTIONS, dbFile, json } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

const STATUS = { new: "NEW", confirms: "CONFIRMS", contradicts: "CONTRADICTS" } as const;

function screenText(r: ScreenResult): string {
  const lines = [`People (${r.people.length})`];
  for (const p of r.people) lines.push(`  ${p.name}${p.known ? `  = person ${p.known.id} ${p.known.name}${p.known.via !== p.name ? ` (as "${p.known.via}")` : ""}` : "  (not in the knowledge base)"}`);
  lines.push("", `Events (${r.events.length})`);
  for (const e of r.events) {
    const held = e.event ? ` event ${e.event.id}${e.status === "contradicts" ? `, which it dates ${e.event.occurred ?? "undated"}` : ""}` : "";
    lines.push(`  ${STATUS[e.status].padEnd(11)} ${e.type} of ${e.who ?? "someone unnamed"}, ${e.occurred ?? "undated"}${held}`, `              “${e.quote}”`);
  }
  return `${lines.join("\n")}\n`;
}

const OPTIONS = { ...KB_OPTIONS, published: { type: "string" } } as const;

export const screenCommand: Command = {
  name: "screen",
  options: OPTIONS,
  summary: "screen an article against the knowledge base: known people, new, confirming and contradicting events",
  usage: `Usage: dossier screen FILE|URL|- [--published YYYY-MM-DD] [--db FILE] [--json]

Reads one article (a file, an http(s) URL, or - for stdin) and tells, without
storing it, which of its people the knowledge base knows (through every
spelling: name and aliases, romanizations, hyphens, misspellings), and which
of its events are NEW, CONFIRM an event the knowledge base holds (same person
and type, dates that agree) or CONTRADICT one (a type that happens once,
dated otherwise).

  --published D  the article's publication date (YYYY-MM-DD), for "last week" and the like
${DB_USAGE}
${JSON_USAGE}: {people: [{name, aliases, known}], events: [{type, who,
              occurred, quote, status, event}]}

Examples:
  dossier screen article.html
  curl -s https://example.org/story.html | dossier screen - --published 2024-05-01 --json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (positionals.length !== 1) throw new DossierError("usage", "screen takes one FILE, URL or - for stdin");
    const article = await readArticle(positionals[0], { published: (values.published as string) || undefined, stdin: io.stdin });
    const result = await withKnowledgeBase(dbFile(values), (store) => screenArticle(store, article.text, article.published));
    io.stdout(values.json ? json(result) : screenText(result));
    return 0;
  },
};
