import { DossierError } from "../errors.js";
import { runIngestWorker } from "../services/ingest/queue-ingest.js";
import { IngestQueue } from "../store/queue/ingest-queue.js";
import { openStore } from "../store/open-store.js";
import type { Command } from "./command.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { progressLine } from "./progress.js";

const whole = (v: unknown, name: string, least: number): number | undefined => {
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < least) throw new DossierError("usage", `--${name} must be a whole number of at least ${least}`);
  return n;
};

const OPTIONS = {
  db: { type: "string", default: "dossier.db" },
  batch: { type: "string" },
  threads: { type: "string" },
  "check-seconds": { type: "string" },
  "resolve-after": { type: "string" },
  "until-idle": { type: "boolean", default: false },
} as const;

export const workerCommand: Command = {
  name: "worker",
  summary: "store the articles queued by ingest --queue (PostgreSQL; run as many as you like)",
  options: OPTIONS,
  usage: `Usage: dossier worker --db postgres://… [--batch N] [--threads N] [--check-seconds N] [--resolve-after N] [--until-idle]

Takes the article jobs "dossier ingest --queue" queued, extracts and stores
each one whole, and resolves people and events; any number of workers, on
any machines that reach the database, share the queue. A job whose worker
dies is taken up again after its timeout; an article is stored once however
often its job runs. Stops on SIGINT or SIGTERM (finishing the jobs it holds),
or with --until-idle when the queue is empty. Prints the parked jobs (failed
every try) at the end.

  --db URL           the knowledge base: postgres://USER:PASSWORD@HOST/DATABASE
                     (or the password in PGPASSWORD)
  --batch N          jobs taken at a time (default 16)
  --threads N        extraction threads (default 1; 0 extracts on the main thread)
  --check-seconds N  how often to look for jobs whose worker died (default 30)
  --resolve-after N  seconds a request to resolve the new articles waits, so
                     that more are resolved together (default 30)
  --until-idle       stop once the queue has no job left to take

Examples:
  dossier worker --db postgres://me@db.example/kb
  dossier worker --db postgres://me@db.example/kb --threads 3 --until-idle
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (positionals.length) throw new DossierError("usage", `worker takes no argument "${positionals[0]}"`);
    const options = {
      batchSize: whole(values.batch, "batch", 1), threads: whole(values.threads, "threads", 0),
      checkSeconds: whole(values["check-seconds"], "check-seconds", 1), resolveAfterSeconds: whole(values["resolve-after"], "resolve-after", 0),
      untilIdle: values["until-idle"] as boolean,
    };
    const store = await openStore(values.db as string);
    const progress = progressLine(io, "worker");
    const stop = new Promise<void>((resolve) => { process.once("SIGINT", resolve); process.once("SIGTERM", resolve); });
    try {
      const p = await runIngestWorker(store, { ...options, onProgress: (p) => progress.update(`${p.stored} stored, ${p.duplicates} already stored, ${p.failed} failed`) }, stop);
      progress.done();
      io.stderr(`stored ${p.stored}, already stored ${p.duplicates}, failed tries ${p.failed}\n`);
      const queue = await IngestQueue.open(store);
      try {
        for (const j of await queue.parked()) io.stderr(`  parked ${j.source}: ${j.error}\n`);
      } finally {
        await queue.close();
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
