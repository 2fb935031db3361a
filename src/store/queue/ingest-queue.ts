import PgBoss from "pg-boss";
import { sql } from "kysely";
import { DossierError } from "../../errors.js";
import type { Store } from "../open-store.js";

/** An article as a job carries it: what saveArticle stores, and the confidentiality level. */
export interface QueuedArticle {
  source: string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  raw: string;
  text: string;
  contentHash: string;
  level: string;
}

/** How a job is run: it may stay active this long before it counts as failed (its worker died), and is retried this often with a growing delay. */
export interface JobTiming { timeoutSeconds: number; retries: number; retryDelaySeconds: number }

export const DEFAULT_TIMING: Readonly<JobTiming> = { timeoutSeconds: 300, retries: 3, retryDelaySeconds: 10 };

/** Jobs by state: waiting (new or to retry), active, done, and parked (failed every try, with their error). */
export interface QueueCounts { waiting: number; active: number; done: number; parked: number }

const INGEST = "ingest";
/** "Resolve what is pending": at most one waiting and one running at a time (pg-boss's stately policy), so requests coalesce. */
const RESOLVE = "resolve";
/** A resolution still running after this long counts as failed (its worker died) and is run again; a resolution of 100,000 articles takes minutes. */
const RESOLVE_TIMEOUT_SECONDS = 900;

/** The job id of an article: its content hash as a UUID, so that enqueueing an article twice makes one job. */
export const jobId = (contentHash: string): string =>
  [0, 8, 12, 16, 20].map((at, i, all) => contentHash.slice(at, all[i + 1] ?? 32)).join("-");

/**
 * The ingest queue of a PostgreSQL knowledge base (pg-boss, in the schema
 * `<schema>_queue` beside the knowledge base's, or `dossier_queue` beside
 * `public`). Jobs are articles; pg-boss hands each to one worker at a time
 * (SELECT … FOR UPDATE SKIP LOCKED), fails a job still active after its
 * timeout (a worker killed mid-job), retries failed jobs with exponential
 * backoff, and leaves a job that failed every try in state failed, with
 * its error: parked.
 */
export class IngestQueue {
  private constructor(private readonly boss: PgBoss, private readonly store: Store, readonly schema: string) {}

  /** Connects to the queue, creating its schema and queues the first time. `checkSeconds`: how often to look for jobs whose worker died. */
  static async open(store: Store, options: { checkSeconds?: number } = {}): Promise<IngestQueue> {
    if (store.dialect.name !== "postgres") throw new DossierError("usage", "the ingest queue needs a PostgreSQL knowledge base (--db postgres://…)");
    const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(store.db);
    const schema = rows[0].schema === "public" ? "dossier_queue" : `${rows[0].schema}_queue`;
    const boss = new PgBoss({
      connectionString: store.location, schema, max: 4, application_name: "dossier-queue",
      supervise: true, maintenanceIntervalSeconds: options.checkSeconds ?? 30, schedule: false,
    });
    boss.on("error", () => {});
    await boss.start();
    await boss.createQueue(INGEST);
    await boss.createQueue(RESOLVE, { name: RESOLVE, policy: "stately" });
    return new IngestQueue(boss, store, schema);
  }

  /** Adds articles as jobs (an article already queued is not queued again). */
  async enqueue(articles: QueuedArticle[], timing: JobTiming = DEFAULT_TIMING): Promise<void> {
    const jobs = articles.map((data) => ({
      id: jobId(data.contentHash), name: INGEST, data,
      expireInSeconds: timing.timeoutSeconds, retryLimit: timing.retries, retryDelay: timing.retryDelaySeconds, retryBackoff: true,
    }));
    for (let i = 0; i < jobs.length; i += 500) await this.boss.insert(jobs.slice(i, i + 500));
  }

  /**
   * Runs `handle` on batches of jobs until close(). `handle` returns the jobs
   * that failed, with why: those are retried (or parked); the others are done.
   */
  async work(batchSize: number, handle: (jobs: { id: string; data: QueuedArticle }[]) => Promise<Map<string, Error>>): Promise<void> {
    let worker: string | undefined;
    worker = await this.boss.work<QueuedArticle>(INGEST, { batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      const failed = await handle(jobs.map((j) => ({ id: j.id, data: j.data })));
      for (const [id, err] of failed) await this.boss.fail(INGEST, id, { message: err.message });
      // pg-boss waits out the polling interval after every batch; with jobs left, fetch the next one at once
      if (worker) this.boss.notifyWorker(worker);
    });
  }

  /** Asks for a resolution of what is pending, `afterSeconds` from now (requests made meanwhile are the same request). */
  async requestResolution(afterSeconds: number): Promise<void> {
    await this.boss.send(RESOLVE, {}, { startAfter: afterSeconds, retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: RESOLVE_TIMEOUT_SECONDS });
  }

  /** Runs `resolve` for each resolution request, one at a time across all workers. */
  async workResolution(resolve: () => Promise<void>): Promise<void> {
    await this.boss.work(RESOLVE, { batchSize: 1, pollingIntervalSeconds: 1 }, async () => resolve());
  }

  /** Jobs of the ingest queue by state, and whether a resolution is waiting or running. */
  async counts(): Promise<QueueCounts & { resolving: number }> {
    const { rows } = await sql<{ name: string; state: string; n: number }>`SELECT name, state, count(*) AS n FROM ${sql.table(`${this.schema}.job`)} GROUP BY name, state`.execute(this.store.db);
    const of = (name: string, ...states: string[]) => rows.filter((r) => r.name === name && states.includes(r.state)).reduce((n, r) => n + Number(r.n), 0);
    return {
      waiting: of(INGEST, "created", "retry"), active: of(INGEST, "active"), done: of(INGEST, "completed"), parked: of(INGEST, "failed"),
      resolving: of(RESOLVE, "created", "retry", "active"),
    };
  }

  /** Parked jobs: the article's source and the error of its last try. */
  async parked(): Promise<{ source: string; error: string }[]> {
    const { rows } = await sql<{ source: string | null; error: string | null }>`SELECT data->>'source' AS source, output->>'message' AS error
      FROM ${sql.table(`${this.schema}.job`)} WHERE name = ${INGEST} AND state = 'failed' ORDER BY completed_on`.execute(this.store.db);
    return rows.map((r) => ({ source: r.source ?? "(no source)", error: r.error ?? "(no error recorded)" }));
  }

  /** Stops taking jobs, lets the running ones finish, and disconnects. */
  async close(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  }
}
