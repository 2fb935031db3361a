import { searchKnowledgeBase, type SearchFound } from "../services/reading/kb-queries.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Command } from "./command.js";
import { DB_USAGE, KB_OPTIONS, dbFile, json, wordsArgument } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

function searchText(r: SearchFound): string {
  const lines = [`People (${r.people.length})`, ...r.people.map((p) => `  ${String(p.id).padStart(5)}  ${p.name}  — ${p.snippet}`)];
  if (r.person !== null) lines.push("", `Events of ${r.people[0]?.name ?? `person ${r.person}`} (${r.events.length})`, ...r.events.map((e) => `  ${e.type}  ${e.occurred ?? "undated"}`));
  lines.push("", `Documents (${r.documents.length})`);
  for (const d of r.documents) {
    lines.push(`  ${(d.published ?? "undated").padEnd(10)}  ${[d.title, d.document].filter(Boolean).join("  ")}`, `      ${d.snippet.replace(/\s*\n\s*/g, " ")}`);
  }
  return `${lines.join("\n")}\n`;
}

export const searchCommand: Command = {
  name: "search",
  summary: "full-text search over people's names and documents",
  options: KB_OPTIONS,
  usage: `Usage: dossier search TEXT [--db FILE] [--json]

Finds people whose names or aliases start with the words of TEXT (else the
person TEXT names in another spelling, as "dossier show" reads it, with their
documents and events), and documents whose title or text contains them, best matches first, each with a
snippet in which the matched words are marked «like this». The words are
matched as words: quotes, operators and SQL mean nothing.

${DB_USAGE}
  --json      print {people: [{id, name, snippet}], documents: [{id, document,
              title, published, snippet}], person, events}

Examples:
  dossier search embassy Rome
  dossier search "Kim Jong" --json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, KB_OPTIONS);
    const text = wordsArgument(positionals, "some words to find", "search");
    const results = await withKnowledgeBase(dbFile(values), (store) => searchKnowledgeBase(store, text));
    io.stdout(values.json ? json(results) : searchText(results));
    return 0;
  },
};
