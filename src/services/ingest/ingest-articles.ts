import type { FetchOptions } from "../../ingest/fetch/fetch-page.js";
import type { Store } from "../../store/open-store.js";
import { ExtractionPool } from "../extraction/extraction-pool.js";
import { DocumentWriter } from "./document-writer.js";
import { newArticles } from "./new-articles.js";
import { resolvePending } from "../resolution/resolve-pending.js";

export interface IngestOptions {
  published?: string;
  level?: string;
  /** Extraction threads; default one per core, 0 for none. */
  workers?: number;
  onProgress?: (p: IngestProgress) => void;
  /** How http(s) URLs among the paths are fetched. */
  fetch?: FetchOptions;
}

export interface IngestProgress { read: number; ingested: number; duplicates: number; failed: number }

export interface IngestSummary extends IngestProgress {
  failures: { source: string; code: string; message: string }[];
  documents: number[];
  /** Sources of the new articles that have no publication date. */
  undated: string[];
}

/**
 * Reads, extracts and stores articles, each written whole or not at all (see
 * DocumentWriter); a document already present (same cleaned text) is skipped, a bad input is
 * listed and the batch goes on. Then resolves the people and events the new
 * documents touch.
 */
export async function ingestArticles(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const pool = new ExtractionPool(options.workers);
  const summary: IngestSummary = { read: 0, ingested: 0, duplicates: 0, failed: 0, failures: [], documents: [], undated: [] };
  const blocks = new Set<string>();
  const inFlight: Promise<void>[] = [];
  const fail = (source: string, message: string) => {
    summary.failed++;
    summary.failures.push({ source, code: "internal", message });
  };
  const writer = new DocumentWriter(store.db, options.level ?? "public", (_article, saved) => {
    summary.ingested++;
    summary.documents.push(saved.documentId);
    for (const b of saved.blocks) blocks.add(b);
    options.onProgress?.(summary);
  }, (article, err) => { fail(article.source, err.message); options.onProgress?.(summary); });
  try {
    for await (const article of newArticles(store, paths, options, summary)) {
      // Extraction runs on the workers; the writer stores articles as they come back.
      const done = pool.extract(article.text, article.published).then((x) => writer.add(article, x), (err: Error) => fail(article.source, err.message));
      inFlight.push(done);
      if (inFlight.length >= 256) await Promise.all(inFlight.splice(0, 128));
    }
    await Promise.all(inFlight);
    await writer.flush();
  } finally {
    await pool.close();
  }
  // Also what an interrupted run stored but did not resolve.
  await resolvePending(store.db, blocks);
  return summary;
}
