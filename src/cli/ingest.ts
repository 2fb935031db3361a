import { DossierError } from "../errors.js";
import type { FetchOptions } from "../ingest/fetch/fetch-page.js";
import { isLevel, LEVELS } from "../model/levels.js";
import { ingestArticles } from "../services/ingest/ingest-articles.js";
import { enqueueArticles } from "../services/ingest/queue-ingest.js";
import { DEFAULT_TIMING } from "../store/queue/ingest-queue.js";
import type { CliIo } from "./command.js";
import { openStore } from "../store/open-store.js";
import type { Command } from "./command.js";
import { oneLine } from "./one-line.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { progressLine } from "./progress.js";

/** A positive number of an option ("0.5" seconds is fine), or undefined when not given. */
function positive(values: Record<string, unknown>, name: string): number | undefined {
  const text = values[name];
  if (text === undefined || text === "") return undefined;
  const n = Number(text);
  if (!(n > 0 && Number.isFinite(n))) throw new DossierError("usage", `--${name} must be a positive number`);
  return n;
}

function fetchOptions(values: Record<string, unknown>): FetchOptions {
  const seconds = positive(values, "fetch-timeout");
  const mb = positive(values, "fetch-max-mb");
  return {
    allowPrivate: values["allow-private"] === true,
    ...(seconds === undefined ? {} : { timeoutMs: Math.round(seconds * 1000) }),
    ...(mb === undefined ? {} : { maxBytes: Math.round(mb * 1024 * 1024) }),
  };
}

const OPTIONS = {
  db: { type: "string", default: "dossier.db" },
  published: { type: "string" },
  level: { type: "string", default: "public" },
  workers: { type: "string" },
  "fetch-timeout": { type: "string" },
  "fetch-max-mb": { type: "string" },
  "allow-private": { type: "boolean", default: false },
  queue: { type: "boolean", default: false },
  "job-timeout": { type: "string" },
  retries: { type: "string" },
  "retry-delay": { type: "string" },
} as const;

export const ingestCommand: Command = {
  name: "ingest",
  summary: "extract articles and store them in the knowledge base",
  options: OPTIONS,
  usage: `Usage: dossier ingest PATH|URL... [--db FILE|URL] [--published YYYY-MM-DD] [--level public|restricted|confidential] [--workers N]
                      [--fetch-timeout SECONDS] [--fetch-max-mb MB] [--allow-private]
       dossier ingest PATH|URL... --db postgres://… --queue [--job-timeout SECONDS] [--retries N] [--retry-delay SECONDS]

Reads articles (files, directories, .jsonl/.json records, "-" for stdin,
http(s) URLs), extracts people and events, and stores them in the knowledge
base, each article whole or not at all. An article already stored (same
text) is skipped, so running it again adds nothing. Then resolves the same
people and events across articles. Bad inputs are listed at the end; the
exit status is 5 when some failed.

  --db FILE|URL      the knowledge base: a SQLite file, created if missing
                     (default ./dossier.db), or postgres://USER:PASSWORD@HOST/DATABASE
                     naming an existing database (or the password in PGPASSWORD)
  --published DATE   the publication date of every article given (YYYY,
                     YYYY-MM or YYYY-MM-DD), used to date "last week" and to
                     date events the text does not; without it, what each
                     record or page says (plain text has none)
  --level L          who may read these articles: public (default),
                     restricted or confidential; serve --auth shows each
                     reader what their role is cleared for
  --workers N        extraction threads (default: one per core but one, at least 1;
                     0 extracts on the main thread, which also writes)

A URL is fetched (HTML or plain text) and kept as the document's url. At
most 5 redirects are followed. Addresses that are not public (loopback,
private, link-local, unique-local, multicast, CGNAT, IPv4-mapped) are
refused (fetch_refused), and the connection goes to the address checked.
  --fetch-timeout SECONDS  for one URL, redirects included (default 15)
  --fetch-max-mb MB        largest page fetched (default 20; too_large)
  --allow-private          also fetch from private and loopback addresses

  --queue            PostgreSQL only: queue the articles not stored yet as
                     jobs instead, for "dossier worker" to store on any
                     machine that reaches the database
  --job-timeout S    a job still running after S seconds counts as failed:
                     its worker died (default 300)
  --retries N        a failed job is tried again up to N times (default 3),
                     then parked with its error
  --retry-delay S    seconds before the first retry, doubling each time
                     (default 10)

Examples:
  dossier ingest examples
  dossier ingest reports/ --level restricted --db team.db
  dossier ingest story.txt --published 2016-08-17
  dossier ingest https://example.org/news/story.html
  dossier ingest archive.jsonl --db postgres://me@db.example/kb --queue
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (!positionals.length) throw new DossierError("usage", "ingest needs a PATH (file, directory or - for stdin)");
    if (!isLevel(values.level)) throw new DossierError("usage", `--level must be one of ${LEVELS.join(", ")}`);
    const workers = values.workers === undefined || values.workers === "" ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) throw new DossierError("usage", "--workers must be a whole number");
    const fetch = fetchOptions(values);
    if (values.queue) return enqueue(positionals, values, fetch, io);
    const store = await openStore(values.db as string);
    const progress = progressLine(io, "ingest");
    try {
      const s = await ingestArticles(store, positionals, {
        published: (values.published as string) || undefined, level: values.level as string, workers, fetch,
        onProgress: (p) => progress.update(`${p.ingested} stored, ${p.duplicates} duplicates, ${p.failed} failed`),
      });
      progress.done();
      io.stderr(`ingested ${s.ingested}, skipped as duplicate ${s.duplicates}, failed ${s.failed}\n`);
      for (const f of s.failures) io.stderr(`  ${oneLine(f.source)}: ${f.code}: ${oneLine(f.message)}\n`);
      io.stderr(undatedWarning(s.undated));
      return s.failed ? 5 : 0;
    } finally {
      await store.close();
    }
  },
};

/** Sources named in a warning; the rest are counted. */
const NAMED = 10;

/** The summary's warning about articles without a publication date, or nothing. */
function undatedWarning(sources: string[]): string {
  if (!sources.length) return "";
  const named = sources.slice(0, NAMED).map((s) => `  ${oneLine(s)}\n`).join("");
  const more = sources.length > NAMED ? `  … and ${sources.length - NAMED} more\n` : "";
  const what = sources.length === 1 ? "1 article has" : `${sources.length} articles have`;
  return `warning: ${what} no publication date (give --published or a "published" field): relative dates such as "last week" in them are not resolved, and their events are dated only where the text says when\n${named}${more}`;
}

/** A whole number option, or its default; anything else is a usage error. */
function count(values: Record<string, unknown>, name: string, fallback: number, least = 0): number {
  const v = values[name];
  if (v === undefined || v === "") return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < least) throw new DossierError("usage", `--${name} must be a whole number of at least ${least}`);
  return n;
}

/** ingest --queue: queue the articles for dossier worker. */
async function enqueue(paths: string[], values: Record<string, unknown>, fetch: FetchOptions, io: CliIo): Promise<number> {
  const timing = {
    timeoutSeconds: count(values, "job-timeout", DEFAULT_TIMING.timeoutSeconds, 1),
    retries: count(values, "retries", DEFAULT_TIMING.retries),
    retryDelaySeconds: count(values, "retry-delay", DEFAULT_TIMING.retryDelaySeconds),
  };
  const store = await openStore(values.db as string);
  try {
    const s = await enqueueArticles(store, paths, { published: (values.published as string) || undefined, level: values.level as string, fetch, timing });
    io.stderr(`queued ${s.queued}, skipped as duplicate ${s.duplicates}, failed ${s.failed}\n`);
    for (const f of s.failures) io.stderr(`  ${oneLine(f.source)}: ${f.code}: ${oneLine(f.message)}\n`);
    io.stderr(undatedWarning(s.undated));
    return s.failed ? 5 : 0;
  } finally {
    await store.close();
  }
}
