import { DossierError } from "../errors.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { Article } from "../ingest/article.js";
import { extractDoc } from "../services/extraction/extract-article.js";
import { presentExtraction, type ExtractionJson } from "../services/extraction/present-extraction.js";
import { formatExtractionText } from "./format-extraction.js";
import type { CliIo, Command } from "./command.js";
import { oneLine } from "./one-line.js";
import { parseCommandArgs } from "./parse-command-args.js";

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

type Extracted = ExtractionJson & { document: { source: string; title?: string; url?: string; published: string | null } };

function extractArticle(article: Article): Extracted {
  const doc = extractDoc(article.text, { id: article.contentHash, published: article.published });
  const document = { source: article.source, title: article.title, url: article.url, published: article.published ?? null };
  return { document, ...presentExtraction(doc) };
}

function printResult(io: CliIo, format: string, r: Extracted): void {
  if (format === "json") return;
  const heading = [r.document.title ?? r.document.source, r.document.published].filter(Boolean).join(" · ");
  io.stdout(`== ${heading}\n${formatExtractionText(r)}\n`);
}

const OPTIONS = {
  published: { type: "string" },
  format: { type: "string", default: "json" },
} as const;

export const extractCommand: Command = {
  name: "extract",
  summary: "extract people, places and events from articles",
  options: OPTIONS,
  usage: `Usage: dossier extract PATH... [--published YYYY-MM-DD] [--format json|text]

Reads articles (.txt, .html/.htm, .json or .jsonl records, directories, or "-"
for stdin) and prints the people, organizations, places and events found in
each, with the span of text every fact came from.

  --published DATE   publication date used to resolve "last week" (YYYY,
                     YYYY-MM or YYYY-MM-DD); default: what the article says
  --format json|text json (default): one object for one article, an array
                     for several; text: a readable summary

Bad inputs are reported on stderr with an error code; the others are still
extracted, and the exit status is 5 when some failed.

Examples:
  dossier extract examples/01-bucharest-counsellor-defects.txt --format text
  dossier extract story.html --published 2016-08-17 > story.json
  dossier extract articles/ > all.json
  curl -s https://example.org/story.html | dossier extract - --published 2024-05
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (!positionals.length) throw new DossierError("usage", "extract needs a FILE, a directory or - for stdin");
    const published = values.published || undefined;
    if (published && !PARTIAL_DATE.test(published)) throw new DossierError("invalid_date", `--published "${published}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    const format = values.format as string;
    if (format !== "json" && format !== "text") throw new DossierError("usage", `--format must be json or text, not "${format}"`);
    const results: Extracted[] = [];
    const failures: { source: string; error: DossierError }[] = [];
    for await (const input of readInputs(positionals, { published, stdin: io.stdin })) {
      if (!input.ok) { failures.push(input); io.stderr(`dossier: error ${input.error.code}: ${oneLine(input.error.message)}\n`); continue; }
      const r = extractArticle(input.article);
      results.push(r);
      printResult(io, format, r);
    }
    if (format === "json" && results.length) io.stdout(`${JSON.stringify(results.length === 1 && positionals.length === 1 && failures.length === 0 ? results[0] : results, null, 2)}\n`);
    if (!failures.length) return 0;
    if (!results.length && failures.length === 1) return failures[0].error.exitCode;
    io.stderr(`dossier: ${results.length} extracted, ${failures.length} failed:\n${failures.map((f) => `  ${oneLine(f.source)}: ${f.error.code}`).join("\n")}\n`);
    return new DossierError("batch_failures", "").exitCode;
  },
};
