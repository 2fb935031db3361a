import { conflictList, type Conflict } from "../services/reading/kb-queries.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Command } from "./command.js";
import { DB_USAGE, JSON_USAGE, KB_OPTIONS, dbFile, json, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

function sideLines(label: string, s: Conflict["left"]): string[] {
  const where = [s.title, s.published, s.document].filter(Boolean).join(", ") || s.ref;
  return [`  ${label}  ${where}`, `     “${s.quote ?? `(no text for ${s.ref})`}”`];
}

function conflictsText(conflicts: Conflict[]): string {
  if (!conflicts.length) return "No open contradictions.\n";
  const blocks = conflicts.map((c) => [
    `#${c.id}  ${c.subject}${c.person !== null ? ` (person ${c.person})` : ""}: ${c.detail}`,
    ...sideLines("A", c.left),
    ...sideLines("B", c.right),
  ].join("\n"));
  return `${blocks.join("\n\n")}\n\n${conflicts.length} open ${conflicts.length === 1 ? "contradiction" : "contradictions"}\n`;
}

export const conflictsCommand: Command = {
  name: "conflicts",
  summary: "list open contradictions between sources, with both quotes",
  options: KB_OPTIONS,
  usage: `Usage: dossier conflicts [--db FILE] [--json]

Lists the open review items where sources contradict each other (an event
dated differently by two documents, for instance), with the words of both.

${DB_USAGE}
${JSON_USAGE}: [{id, subject, person, detail, left, right}] where each
              side is {ref, document, title, published, quote}

Examples:
  dossier conflicts
  dossier conflicts --json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, KB_OPTIONS);
    noPositionals(positionals, "conflicts");
    const conflicts = await withKnowledgeBase(dbFile(values), conflictList);
    io.stdout(values.json ? json(conflicts) : conflictsText(conflicts));
    return 0;
  },
};
