import { isDossierError } from "../../errors.js";
import type { FetchOptions } from "../../ingest/fetch/fetch-page.js";
import type { ListedItem } from "../../ingest/feeds/listed-item.js";
import { readPage } from "../../ingest/read-url.js";
import type { Store } from "../../store/open-store.js";
import { countNewArticle, type SourceRow } from "../../store/watch/source-rows.js";
import { fileVersion, itemOf, pageByUrl, recordItem, touchPage } from "../../store/watch/page-rows.js";
import { documentIdByHash } from "../../store/writes/document-writes.js";
import type { ExtractionPool } from "../extraction/extraction-pool.js";
import { saveArticleIn } from "../ingest/save-article.js";
import type { PoliteFetcher } from "./polite-fetcher.js";

/** What became of a listed item: stored (new), changed (a new version of a known page), known (stored before), unchanged, gone, error, or skipped (nothing to do). */
export type ItemOutcome = "stored" | "changed" | "known" | "unchanged" | "gone" | "error" | "skipped";

export interface ItemContext {
  store: Store;
  fetcher: PoliteFetcher;
  pool: ExtractionPool;
  fetch: FetchOptions;
  /** Items being fetched or stored in this pass, by URL: a second source listing one waits for the first. */
  inFlight: Map<string, Promise<ItemOutcome>>;
}

const nowIso = () => new Date().toISOString();

/**
 * One item of a source: fetched when it is new to the knowledge base, or
 * listed again with a new last-changed value (conditional GET with the
 * page's validators), and stored when its text is new. One article is
 * stored once however many sources list it: pages are keyed by canonical
 * URL, and a text already stored (same content hash, under any URL) is not
 * stored again. A known page whose text changed is stored as a new
 * document beside the old one (page_versions). Returns when the item is
 * fetched; `saved` settles when it is stored.
 */
export async function fetchItem(ctx: ItemContext, source: SourceRow, item: ListedItem): Promise<{ saved: Promise<ItemOutcome> }> {
  const pending = ctx.inFlight.get(item.url);
  if (pending) {
    await pending;
    return fetchItem(ctx, source, item);
  }
  let done!: (o: ItemOutcome) => void;
  ctx.inFlight.set(item.url, new Promise((resolve) => { done = resolve; }));
  const result = await fetchOnce(ctx, source, item).catch((err: Error) => ({ saved: Promise.reject(err) as Promise<ItemOutcome> }));
  const release = (o: ItemOutcome) => { ctx.inFlight.delete(item.url); done(o); return o; };
  return { saved: result.saved.then(release, (err: Error) => { release("error"); throw err; }) };
}

async function fetchOnce(ctx: ItemContext, source: SourceRow, item: ListedItem): Promise<{ saved: Promise<ItemOutcome> }> {
  const db = ctx.store.db;
  const previous = await itemOf(db, source.id, item.url);
  const page = await pageByUrl(db, item.url);
  if (previous && previous.status !== "error" && previous.stamp === (item.stamp ?? null)) return { saved: Promise.resolve("skipped") };
  const record = async (status: ItemOutcome, error: string | null = null): Promise<ItemOutcome> => {
    await recordItem(db, { source_id: source.id, url: item.url, stamp: item.stamp ?? null, status, error, seen_at: nowIso() });
    return status;
  };
  // listed first by this source, stored before from another: one article, stored once
  if (page && !previous) return { saved: record("known") };
  let fetched;
  try {
    fetched = await ctx.fetcher.get(item.url, {
      ...ctx.fetch, allowPrivate: Boolean(source.allow_private) || ctx.fetch.allowPrivate, keepStatuses: [404, 410],
      ...(page ? { conditional: { etag: page.etag ?? undefined, lastModified: page.last_modified ?? undefined } } : {}),
    });
  } catch (err) {
    return { saved: record("error", `${isDossierError(err) ? err.code : "internal"}: ${(err as Error).message}`) };
  }
  if (fetched.status === 404 || fetched.status === 410) {
    if (page) await touchPage(db, item.url, { gone_at: nowIso(), fetched_at: nowIso() });
    return { saved: page ? record("gone") : record("error", `fetch_failed: ${item.url}: HTTP ${fetched.status}`) };
  }
  if (fetched.status === 304) {
    await touchPage(db, item.url, { fetched_at: nowIso() });
    return { saved: record("unchanged") };
  }
  const read = readPage(fetched, item.url, item.published, ctx.fetch.maxBytes);
  if (!read.ok) return { saved: record("error", `${read.error.code}: ${read.error.message}`) };
  const article = read.article;
  const validators = { etag: fetched.etag, lastModified: fetched.lastModified };
  if (page && page.hash === article.contentHash) {
    await touchPage(db, item.url, { etag: validators.etag ?? null, last_modified: validators.lastModified ?? null, fetched_at: nowIso() });
    return { saved: record("unchanged") };
  }
  const saved = (async (): Promise<ItemOutcome> => {
    const stored = await documentIdByHash(db, article.contentHash);
    if (stored !== undefined) return fileKnown(ctx, source, item, stored, Boolean(page), validators);
    const x = await ctx.pool.extract(article.text, article.published);
    const status: ItemOutcome = page ? "changed" : "stored";
    try {
      await db.transaction().execute(async (trx) => {
        const { documentId } = await saveArticleIn(trx, article, x, source.level);
        await fileVersion(trx, item.url, documentId, validators, nowIso());
        await recordItem(trx, { source_id: source.id, url: item.url, stamp: item.stamp ?? null, status, error: null, seen_at: nowIso() });
        await countNewArticle(trx, source.id);
      });
      return status;
    } catch (err) {
      // another watcher stored the same text at the same moment: the unique hash refused ours
      const now = await documentIdByHash(db, article.contentHash);
      if (now !== undefined) return fileKnown(ctx, source, item, now, Boolean(page), validators);
      return record("error", `internal: storing failed: ${(err as Error).message}`);
    }
  })().catch((err: Error) => record("error", `internal: ${err.message}`));
  return { saved };
}

/** A text stored already (under this URL or another): the page points at that document; nothing is stored again. */
async function fileKnown(ctx: ItemContext, source: SourceRow, item: ListedItem, documentId: number, pageKnown: boolean, validators: { etag?: string; lastModified?: string }): Promise<ItemOutcome> {
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!pageKnown && !(await pageByUrl(trx, item.url))) await fileVersion(trx, item.url, documentId, validators, nowIso());
    await recordItem(trx, { source_id: source.id, url: item.url, stamp: item.stamp ?? null, status: "known", error: null, seen_at: nowIso() });
  });
  return "known";
}
