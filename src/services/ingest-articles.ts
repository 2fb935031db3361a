import { readInputs } from "../ingest/read-inputs.js";
import type { Store } from "../store/open-store.js";
import { knownHashes } from "../store/writes/document-writes.js";
import { unresolvedBlocks } from "../store/writes/resolution-writes.js";
import { ExtractionPool } from "./extraction-pool.js";
import { resolveEvents, resolveUnnamedEvents } from "./resolve-events.js";
import { resolvePeople } from "./resolve-people.js";
import { saveArticle } from "./save-article.js";

export interface IngestOptions {
  published?: string;
  level?: string;
  /** Extraction threads; default one per core, 0 for none. */
  workers?: number;
  onProgress?: (p: IngestProgress) => void;
}

export interface IngestProgress { read: number; ingested: number; duplicates: number; failed: number }

export interface IngestSummary extends IngestProgress {
  failures: { source: string; code: string; message: string }[];
  documents: number[];
}

/**
 * Reads, extracts and stores articles: one transaction per document, a
 * document already present (same cleaned text) is skipped, a bad input is
 * listed and the batch goes on. Then resolves the people and events the new
 * documents touch.
 */
export async function ingestArticles(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const pool = new ExtractionPool(options.workers);
  const summary: IngestSummary = { read: 0, ingested: 0, duplicates: 0, failed: 0, failures: [], documents: [] };
  const blocks = new Set<string>();
  // Known texts are loaded once, so that checking for duplicates never waits behind the writes.
  const seen = await knownHashes(store.db);
  const inFlight: Promise<void>[] = [];
  let writing = Promise.resolve();
  try {
    for await (const input of readInputs(paths, { published: options.published })) {
      summary.read++;
      if (!input.ok) {
        summary.failed++;
        summary.failures.push({ source: input.source, code: input.error.code, message: input.error.message });
        continue;
      }
      const article = input.article;
      if (seen.has(article.contentHash)) { summary.duplicates++; continue; }
      seen.add(article.contentHash);
      // Extraction runs in parallel; writes go one after another, in input order.
      const extraction = pool.extract(article.text, article.published);
      const done = extraction.then((x) => {
        writing = writing.then(async () => {
          try {
            const saved = await saveArticle(store.db, article, x, options.level ?? "public");
            summary.ingested++;
            summary.documents.push(saved.documentId);
            for (const b of saved.blocks) blocks.add(b);
          } catch (err) {
            summary.failed++;
            summary.failures.push({ source: article.source, code: "internal", message: (err as Error).message });
          }
          options.onProgress?.(summary);
        });
        return writing;
      }, (err: Error) => {
        summary.failed++;
        summary.failures.push({ source: article.source, code: "internal", message: err.message });
      });
      inFlight.push(done);
      if (inFlight.length >= 64) await Promise.all(inFlight.splice(0, 32));
    }
    await Promise.all(inFlight);
    await writing;
  } finally {
    await pool.close();
  }
  // Also what an interrupted run stored but did not resolve.
  for (const b of await unresolvedBlocks(store.db)) blocks.add(b);
  const touched = await resolvePeople(store.db, [...blocks]);
  await resolveEvents(store.db, touched);
  await resolveUnnamedEvents(store.db);
  return summary;
}
