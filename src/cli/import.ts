import { readFileSync } from "node:fs";
import { DossierError } from "../errors.js";
import { importStatements } from "../services/export/import-statements.js";
import { openStore } from "../store/open-store.js";
import type { Command } from "./command.js";
import { parseCommandArgs } from "./parse-command-args.js";

const OPTIONS = { db: { type: "string", default: "dossier.db" } } as const;

export const importCommand: Command = {
  name: "import",
  summary: "import a statements export into the knowledge base (levels kept)",
  options: OPTIONS,
  usage: `Usage: dossier import FILE [--db FILE|URL]

Reads a statements export ("dossier export --format statements", FtM's
statement layout with quotes and offsets) into the knowledge base (created
if needed): every document not stored yet with its statements, the review
states and analysts' values as judgements, and the people and events of one
canonical id joined. Levels are kept: a team's public knowledge base is fed
from its internal one with "dossier export --format statements --level public".
Importing a file twice adds nothing the second time.

  --db FILE   the knowledge base (default: ./dossier.db, or a postgres:// URL)

Examples:
  dossier export --format statements --level public --out public.csv && dossier import public.csv --db public.db
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (positionals.length !== 1) throw new DossierError("usage", "import takes one FILE (a statements export)");
    let csv: string;
    try {
      csv = readFileSync(positionals[0], "utf8");
    } catch {
      throw new DossierError("file_not_found", `cannot read ${positionals[0]}`);
    }
    const store = await openStore(values.db as string);
    try {
      const s = await importStatements(store.db, csv);
      io.stdout(`imported ${s.documents} documents (${s.skipped} already stored), ${s.statements} statements, ${s.judgements} judgements\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
