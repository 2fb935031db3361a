import { writeFileSync } from "node:fs";
import { DossierError } from "../errors.js";
import { isLevel, LEVELS } from "../model/levels.js";
import { EXPORT_FORMATS, exportFormat, exportKnowledgeBase } from "../services/export/export-knowledge-base.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Command } from "./command.js";
import { DB_USAGE, dbFile, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

function writeOut(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "EISDIR") throw new DossierError("file_not_found", `cannot write ${file}: ${code === "EISDIR" ? "it is a directory" : "its folder does not exist"}`);
    throw err;
  }
}

const OPTIONS = { db: { type: "string", default: "dossier.db" }, format: { type: "string" }, out: { type: "string" }, level: { type: "string", default: "confidential" } } as const;

export const exportCommand: Command = {
  name: "export",
  summary: "export people and events as FollowTheMoney, CSV, JSON or statements",
  options: OPTIONS,
  usage: `Usage: dossier export --format ftm|csv|json|statements [--level L] [--db FILE] [--out FILE]

Writes the whole knowledge base to stdout, or to FILE with --out: all of
it, or with --level what a reader cleared for that level may see (public,
restricted; protected identities under their pseudonyms).

  --format ftm   FollowTheMoney entities, one JSON object per line
                 ({"id", "schema", "properties": {prop: [strings]}}): Document,
                 Person (name, alias, position, country, sourceUrl, proof),
                 Position and Occupancy for posts, Event (name, date when
                 dated, summary, involved, country, location, sourceUrl,
                 proof), a Mention per document naming a person, and a
                 Documentation per source of an event with the quote, its
                 offsets and the URL. Ids look like dossier-person-12.
  --format csv   one CSV (RFC 4180, CRLF) of people, events and evidence: a
                 "kind" column says which a row is (person, event, or
                 evidence: one source's document, URL, quote and offsets);
                 cells with several values join them with "; "; a cell a
                 spreadsheet would run as a formula (= + - @) starts with '
  --format json  {"people": [...], "events": [...]}, the fields of
                 dossier people --json and dossier events --json, each with
                 its evidence (document, URL, quote, offsets)
  --format statements  every statement in FollowTheMoney's statement layout
                 (entity_id, prop, value, dataset, lang, original_value,
                 first_seen, last_seen…) plus quote, offsets, URL, certainty,
                 producer, review and level: what "dossier import" reads
${DB_USAGE}
  --out FILE  write to FILE (replaced if it exists) instead of stdout
  --level L   only what a reader cleared for L sees (default confidential: everything)

Examples:
  dossier export --format ftm --out entities.ftm.json
  dossier export --format csv --level public > public.csv
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    noPositionals(positionals, "export");
    if (!values.format) throw new DossierError("usage", `export needs --format ${EXPORT_FORMATS.join("|")}`);
    const format = exportFormat(values.format);
    if (values.out === "") throw new DossierError("usage", "--out needs a file name");
    if (!isLevel(values.level)) throw new DossierError("usage", `--level must be one of ${LEVELS.join(", ")}`);
    const level = values.level;
    const text = await withKnowledgeBase(dbFile(values), async (store) => exportKnowledgeBase(await store.reader(level), format));
    if (values.out) writeOut(values.out, text);
    else io.stdout(text);
    return 0;
  },
};
