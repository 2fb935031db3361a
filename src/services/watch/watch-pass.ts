import { isDossierError } from "../../errors.js";
import type { FetchOptions } from "../../ingest/fetch/fetch-page.js";
import { hostOf } from "../../ingest/feeds/canonical-url.js";
import type { Store } from "../../store/open-store.js";
import { claimSources, finishSource, listSources, renewLeases, type SourceRow } from "../../store/watch/source-rows.js";
import { ExtractionPool } from "../extraction/extraction-pool.js";
import { resolvePending } from "../resolution/resolve-pending.js";
import { afterStoring } from "./after-storing.js";
import { PoliteFetcher, watcherId } from "./polite-fetcher.js";
import { readSource } from "./read-source.js";
import { backoffSeconds } from "./schedule.js";
import { fetchItem, type ItemContext, type ItemOutcome } from "./store-item.js";

export interface WatchOptions {
  /** Timeouts, size cap, name resolution, addresses: as URL ingest (fetchPage). */
  fetch?: FetchOptions;
  /** Pause between two requests to one host (ms, default 1000). */
  hostDelayMs?: number;
  /** Only these sources, due or not (watch run --source, "fetch now"). */
  sourceIds?: number[];
  /** Every source, due or not. */
  all?: boolean;
  /** Extraction threads (default 1; 0 extracts on the main thread). */
  threads?: number;
  /** Hosts read at once (default 16): each host still gets one request at a time. */
  hostsAtOnce?: number;
  /** How long a source stays taken by this watcher without a renewal (ms, default 60 s; renewed every third of it while the pass runs): a watcher that dies frees its sources after this. */
  leaseMs?: number;
  /** Who this watcher is (default machine:pid:random). */
  holder?: string;
  onProgress?: (p: WatchProgress) => void;
}

/** A pass as it goes: sources read of those taken, articles listed, and what became of them. */
export interface WatchProgress {
  sources: number; read: number; failed: number;
  listed: number; stored: number; changed: number; known: number; unchanged: number; gone: number; errors: number;
}

export interface SourceResult { id: number; url: string; status: "ok" | "not_modified" | "error"; error?: string; newArticles: number }

export interface PassSummary extends WatchProgress { results: SourceResult[]; alerts: number; webhooks: { sent: number; failed: number } }

const nowIso = () => new Date().toISOString();

/** Runs `work` on every value, at most `limit` at once. */
async function eachLimited<T>(values: T[], limit: number, work: (v: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, values.length) }, async () => {
    while (next < values.length) await work(values[next++]);
  });
  await Promise.all(lanes);
}

/**
 * One pass of the watcher: takes the sources that are due (a lease in the
 * database, so that watchers on several machines never read one source
 * twice), reads each (hosts in parallel, one request at a time per host),
 * fetches and stores the new and changed articles, and records per source
 * what happened: validators, counts, the next fetch, or the error and a
 * backoff. Then resolves the new people and events, matches them against
 * the watchlists and sends the webhooks that are due.
 */
export async function runWatchPass(store: Store, options: WatchOptions = {}): Promise<PassSummary> {
  const holder = options.holder ?? watcherId();
  const now = Date.now();
  const leaseMs = options.leaseMs ?? 60_000;
  const claimed = await claimSources(store.db, holder, now, leaseMs, options.sourceIds ?? (options.all ? await allIds(store) : undefined));
  const renewal = claimed.length ? setInterval(() => void renewLeases(store.db, holder, Date.now() + leaseMs).catch(() => undefined), leaseMs / 3) : undefined;
  const summary: PassSummary = { sources: claimed.length, read: 0, failed: 0, listed: 0, stored: 0, changed: 0, known: 0, unchanged: 0, gone: 0, errors: 0, results: [], alerts: 0, webhooks: { sent: 0, failed: 0 } };
  const pool = claimed.length ? new ExtractionPool(options.threads ?? 1) : undefined;
  try {
    if (pool) {
      const ctx: ItemContext = { store, fetcher: new PoliteFetcher(store.db, holder, { fetch: options.fetch, hostDelayMs: options.hostDelayMs }), pool, fetch: options.fetch ?? {}, inFlight: new Map() };
      const byHost = new Map<string, SourceRow[]>();
      for (const s of claimed) byHost.set(hostOf(s.url), [...(byHost.get(hostOf(s.url)) ?? []), s]);
      await eachLimited([...byHost.values()], options.hostsAtOnce ?? 16, async (sources) => {
        for (const source of sources) summary.results.push(await readOneSource(ctx, source, holder, summary, options.onProgress));
      });
    }
  } finally {
    clearInterval(renewal);
    await pool?.close();
  }
  if (summary.stored + summary.changed > 0) await resolvePending(store.db);
  Object.assign(summary, await afterStoring(store, options.fetch ?? {}));
  return summary;
}

const allIds = async (store: Store): Promise<number[]> => (await listSources(store.db)).map((r) => r.id);

async function readOneSource(ctx: ItemContext, source: SourceRow, holder: string, summary: WatchProgress, onProgress?: (p: WatchProgress) => void): Promise<SourceResult> {
  const count = (outcome: ItemOutcome) => {
    if (outcome === "error") summary.errors++;
    else if (outcome !== "skipped") summary[outcome]++;
    onProgress?.(summary);
  };
  try {
    const read = await readSource(ctx.fetcher, source, ctx.fetch);
    const outcomes: Promise<ItemOutcome>[] = [];
    if (!read.notModified) {
      summary.listed += read.listing.items.length;
      for (const item of read.listing.items) {
        const { saved } = await fetchItem(ctx, source, item);
        outcomes.push(saved.then((o) => (count(o), o)));
      }
    }
    const done = await Promise.all(outcomes);
    const fresh = done.filter((o) => o === "stored" || o === "changed").length;
    const status = read.notModified ? "not_modified" : "ok";
    await finishSource(ctx.store.db, source.id, holder, {
      kind: read.notModified ? source.kind : read.listing.kind, title: read.notModified ? source.title : read.listing.title ?? source.title,
      etag: read.etag ?? (read.notModified ? source.etag : null), last_modified: read.lastModified ?? (read.notModified ? source.last_modified : null),
      last_fetch_at: nowIso(), last_status: status, last_error_code: null, last_error: null, failures: 0, last_new: fresh,
      next_fetch_at: Date.now() + source.every_seconds * 1000,
    });
    summary.read++;
    onProgress?.(summary);
    return { id: source.id, url: source.url, status, newArticles: fresh };
  } catch (err) {
    const code = isDossierError(err) ? err.code : "internal";
    const failures = source.failures + 1;
    await finishSource(ctx.store.db, source.id, holder, {
      last_fetch_at: nowIso(), last_status: "error", last_error_code: code, last_error: (err as Error).message, failures, last_new: 0,
      next_fetch_at: Date.now() + backoffSeconds(source.every_seconds, failures) * 1000,
    });
    summary.failed++;
    onProgress?.(summary);
    return { id: source.id, url: source.url, status: "error", error: `${code}: ${(err as Error).message}`, newArticles: 0 };
  }
}
