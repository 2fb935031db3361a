import { reprocessDocuments } from "../services/ingest/reprocess-documents.js";
import { openStore } from "../store/open-store.js";
import type { Command } from "./command.js";
import { DB_USAGE } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { progressLine } from "./progress.js";

const OPTIONS = { db: { type: "string", default: "dossier.db" }, all: { type: "boolean", default: false } } as const;

export const reprocessCommand: Command = {
  name: "reprocess",
  summary: "re-run changed extractors on stored documents",
  options: OPTIONS,
  usage: `Usage: dossier reprocess [--db FILE] [--all]

Runs the current extraction pipeline again on the stored documents that an
older version of a component processed (every document with --all), then
resolves people and events again. Stored texts never change; judgements stay.

  --all       every document, whatever version processed it
${DB_USAGE}

Examples:
  dossier reprocess
  dossier reprocess --all --db team.db
`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, OPTIONS);
    const store = await openStore(values.db as string);
    const progress = progressLine(io, "reprocess");
    try {
      const s = await reprocessDocuments(store.db, { all: values.all as boolean, onProgress: (n) => progress.update(`${n} documents`) });
      progress.done();
      io.stderr(`reprocessed ${s.reprocessed} of ${s.checked} documents with ${s.pipeline}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
