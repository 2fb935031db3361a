import { readFileSync } from "node:fs";
import { DossierError } from "../errors.js";
import { extractDoc } from "../services/extract-article.js";
import { presentExtraction } from "../services/present-extraction.js";
import { formatExtractionText } from "./format-extraction.js";
import type { Command } from "./command.js";
import { parseCommandArgs } from "./parse-command-args.js";

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const extractCommand: Command = {
  name: "extract",
  summary: "extract people, places and events from one article",
  usage: `Usage: dossier extract FILE|- [--published YYYY-MM-DD] [--format json|text]

Reads one article (.txt, .html, .json or .jsonl record, or "-" for stdin) and
prints the people, organizations, places and events found, each with the span
of text it came from. --published sets the publication date used to resolve
"last week" (default: the date the file itself gives, if any).
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      published: { type: "string" },
      format: { type: "string", default: "json" },
    });
    if (positionals.length !== 1) throw new DossierError("usage", "extract takes exactly one FILE (or - for stdin)");
    if (values.published && !PARTIAL_DATE.test(values.published)) throw new DossierError("invalid_date", `--published "${values.published}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    if (values.format !== "json" && values.format !== "text") throw new DossierError("usage", `--format must be json or text, not "${values.format}"`);
    const text = readFileSync(positionals[0], "utf8");
    const doc = extractDoc(text, { published: values.published || undefined });
    const result = presentExtraction(doc);
    io.stdout(values.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatExtractionText(result));
    return 0;
  },
};
