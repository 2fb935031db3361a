import { DossierError } from "../errors.js";
import { isLevel, LEVELS } from "../model/levels.js";
import { ingestArticles } from "../services/ingest-articles.js";
import { openStore } from "../store/open-store.js";
import type { Command } from "./command.js";
import { oneLine } from "./one-line.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { progressLine } from "./progress.js";

export const ingestCommand: Command = {
  name: "ingest",
  summary: "extract articles and store them in the knowledge base",
  usage: `Usage: dossier ingest PATH... [--db FILE] [--published YYYY-MM-DD] [--level public|restricted|confidential] [--workers N]

Reads articles (files, directories, .jsonl/.json records, "-" for stdin),
extracts people and events, and stores them in the knowledge base (default
./dossier.db), each article whole or not at all. An article already stored (same
text) is skipped, so running it again adds nothing. Then resolves the same
people and events across articles. Bad inputs are listed at the end; the
exit status is 5 when some failed.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: "string", default: "dossier.db" },
      published: { type: "string" },
      level: { type: "string", default: "public" },
      workers: { type: "string" },
    });
    if (!positionals.length) throw new DossierError("usage", "ingest needs a PATH (file, directory or - for stdin)");
    if (!isLevel(values.level)) throw new DossierError("usage", `--level must be one of ${LEVELS.join(", ")}`);
    const workers = values.workers === undefined || values.workers === "" ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new DossierError("usage", "--workers must be a whole number");
    const store = await openStore(values.db as string);
    const progress = progressLine(io, "ingest");
    try {
      const s = await ingestArticles(store, positionals, {
        published: (values.published as string) || undefined, level: values.level as string, workers,
        onProgress: (p) => progress.update(`${p.ingested} stored, ${p.duplicates} duplicates, ${p.failed} failed`),
      });
      progress.done();
      io.stderr(`ingested ${s.ingested}, skipped as duplicate ${s.duplicates}, failed ${s.failed}\n`);
      for (const f of s.failures) io.stderr(`  ${oneLine(f.source)}: ${f.code}: ${oneLine(f.message)}\n`);
      return s.failed ? 5 : 0;
    } finally {
      await store.close();
    }
  },
};
