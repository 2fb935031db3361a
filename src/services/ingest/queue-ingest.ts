import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import type { FetchOptions } from "../../ingest/fetch/fetch-page.js";
import type { Database } from "../../store/database.js";
import type { Store } from "../../store/open-store.js";
import { DEFAULT_TIMING, IngestQueue, type JobTiming, type QueuedArticle } from "../../store/queue/ingest-queue.js";
import { documentIdByHash } from "../../store/writes/document-writes.js";
import { ExtractionPool, type Extraction } from "../extraction/extraction-pool.js";
import { newArticles, type ReadCounts } from "./new-articles.js";
import { resolvePending } from "../resolution/resolve-pending.js";
import { saveArticle, saveArticleIn } from "./save-article.js";

export interface EnqueueSummary extends ReadCounts { queued: number }

/**
 * Reads articles and queues each one not stored yet as a job for `dossier
 * worker` (on this machine or any other that reaches the database). The job
 * carries the article itself, so a worker needs no access to these files.
 */
export async function enqueueArticles(store: Store, paths: string[], options: { published?: string; level?: string; fetch?: FetchOptions; timing?: JobTiming } = {}): Promise<EnqueueSummary> {
  const queue = await IngestQueue.open(store);
  const summary: EnqueueSummary = { read: 0, queued: 0, duplicates: 0, failed: 0, failures: [], undated: [] };
  let batch: QueuedArticle[] = [];
  const send = async () => { await queue.enqueue(batch, options.timing ?? DEFAULT_TIMING); summary.queued += batch.length; batch = []; };
  try {
    for await (const article of newArticles(store, paths, options, summary)) {
      const { source, url, title, outlet, published, raw, text, contentHash } = article;
      batch.push({ source, url, title, outlet, published, raw, text, contentHash, level: options.level ?? "public" });
      if (batch.length >= 500) await send();
    }
    if (batch.length) await send();
  } finally {
    await queue.close();
  }
  return summary;
}

/** A job's article, checked: a job is data from the database, and a corrupt one must fail (and be parked), not be half stored. */
function articleOf(data: Partial<QueuedArticle> | null): QueuedArticle {
  if (!data || typeof data.text !== "string" || typeof data.source !== "string" || typeof data.raw !== "string") {
    throw new DossierError("invalid_record", "the job holds no article (source, raw and text)");
  }
  // The hash is the article's identity: computed again, never trusted from the job.
  const contentHash = createHash("sha256").update(data.text, "utf8").digest("hex");
  return { ...data, contentHash, level: typeof data.level === "string" ? data.level : "public" } as QueuedArticle;
}

/** A job's article with its extraction, ready to store; or why the job failed, or that its text is stored already. */
type Prepared = { id: string; article: QueuedArticle; x: Extraction } | { id: string; error: Error } | { id: string; stored: true };

async function prepare(db: Kysely<Database>, pool: ExtractionPool, job: { id: string; data: QueuedArticle | null }): Promise<Prepared> {
  try {
    const article = articleOf(job.data);
    if ((await documentIdByHash(db, article.contentHash)) !== undefined) return { id: job.id, stored: true };
    return { id: job.id, article, x: await pool.extract(article.text, article.published) };
  } catch (err) {
    return { id: job.id, error: err as Error };
  }
}

/**
 * Stores one article unless a document with its text is stored already: by
 * an earlier try of its job whose worker died after the commit, or by
 * another worker at the same moment (the unique hash refuses the second
 * insert, and that counts as stored). So a job run twice stores its article once.
 */
async function storeOne(db: Kysely<Database>, p: { article: QueuedArticle; x: Extraction }): Promise<boolean> {
  try {
    await saveArticle(db, p.article, p.x, p.article.level);
    return true;
  } catch (err) {
    if ((await documentIdByHash(db, p.article.contentHash)) !== undefined) return false;
    throw err;
  }
}

/**
 * Stores a batch of jobs' articles in one transaction (one commit for all,
 * each article still whole or absent); if it fails, one by one, so that
 * one bad article cannot keep the others out. Returns the jobs that failed.
 */
async function storeBatch(db: Kysely<Database>, pool: ExtractionPool, jobs: { id: string; data: QueuedArticle | null }[], progress: WorkerProgress): Promise<Map<string, Error>> {
  const prepared = await Promise.all(jobs.map((job) => prepare(db, pool, job)));
  const failed = new Map<string, Error>();
  const ready: { id: string; article: QueuedArticle; x: Extraction }[] = [];
  for (const p of prepared) {
    if ("error" in p) failed.set(p.id, p.error);
    else if ("stored" in p) progress.duplicates++;
    else ready.push(p);
  }
  try {
    await db.transaction().execute(async (trx) => { for (const p of ready) await saveArticleIn(trx, p.article, p.x, p.article.level); });
    progress.stored += ready.length;
  } catch {
    for (const p of ready) {
      try {
        if (await storeOne(db, p)) progress.stored++; else progress.duplicates++;
      } catch (err) {
        failed.set(p.id, err as Error);
      }
    }
  }
  progress.failed += failed.size;
  return failed;
}

export interface WorkerOptions {
  /** Jobs taken at a time, and stored in one transaction. */
  batchSize?: number;
  /** Extraction threads (0: extract on the main thread). */
  threads?: number;
  /**
   * How long a request for resolution waits (seconds, default 30), so that
   * the articles stored meanwhile are resolved together: a resolution reads
   * whole blocks of names, and resolving after every batch would read the
   * large ones again and again.
   */
  resolveAfterSeconds?: number;
  /** How often to look for jobs whose worker died (seconds). */
  checkSeconds?: number;
  /** Stop once the queue is empty and nothing is being resolved (for scripts, tests and benchmarks). */
  untilIdle?: boolean;
  onProgress?: (p: WorkerProgress) => void;
}

export interface WorkerProgress { stored: number; duplicates: number; failed: number }

/**
 * `dossier worker`: takes article jobs from the queue of a PostgreSQL
 * knowledge base, extracts and stores each (whole, in its own transaction),
 * and asks for a resolution after each batch; resolutions run one at a time
 * across all workers (the queue's resolve jobs, and the resolution lock).
 * Runs until `stop` resolves, or with `untilIdle` until there is nothing left.
 */
export async function runIngestWorker(store: Store, options: WorkerOptions = {}, stop?: Promise<void>): Promise<WorkerProgress> {
  const queue = await IngestQueue.open(store, { checkSeconds: options.checkSeconds });
  const pool = new ExtractionPool(options.threads ?? 1);
  const progress: WorkerProgress = { stored: 0, duplicates: 0, failed: 0 };
  try {
    await queue.work(options.batchSize ?? 16, async (jobs) => {
      const failed = await storeBatch(store.db, pool, jobs, progress);
      await queue.requestResolution(options.resolveAfterSeconds ?? 30);
      options.onProgress?.(progress);
      return failed;
    });
    await queue.workResolution(() => resolvePending(store.db));
    const stopped = stop ?? new Promise<void>(() => {});
    await (options.untilIdle ? Promise.race([untilIdle(queue), stopped]) : stopped);
  } finally {
    await queue.close();
    await pool.close();
  }
  // What the last batches stored, when no other worker is left to resolve it.
  if (options.untilIdle) await resolvePending(store.db);
  return progress;
}

/** Resolves when the queue has held no waiting, active or resolving job for two checks in a row. */
async function untilIdle(queue: IngestQueue): Promise<void> {
  let quiet = 0;
  while (quiet < 2) {
    await new Promise((r) => setTimeout(r, 1000));
    const c = await queue.counts();
    quiet = c.waiting + c.active + c.resolving === 0 ? quiet + 1 : 0;
  }
}
