import type { Article } from "../../ingest/article.js";
import type { FetchOptions } from "../../ingest/fetch/fetch-page.js";
import { readInputs } from "../../ingest/read-inputs.js";
import type { Store } from "../../store/open-store.js";
import { knownHashes } from "../../store/writes/document-writes.js";

/**
 * What reading a batch counted: inputs read, already stored (same cleaned
 * text), failed with why, and the sources of new articles without a
 * publication date (their relative dates, "last week", cannot be resolved).
 */
export interface ReadCounts { read: number; duplicates: number; failed: number; failures: { source: string; code: string; message: string }[]; undated: string[] }

/**
 * The articles of `paths` not stored yet, once each: a bad input and a
 * duplicate are counted in `counts` and skipped, so the batch goes on. Known
 * texts are loaded once, so that checking for duplicates never waits behind writes.
 */
export async function* newArticles(store: Store, paths: string[], options: { published?: string; fetch?: FetchOptions }, counts: ReadCounts): AsyncGenerator<Article> {
  const seen = await knownHashes(store.db);
  for await (const input of readInputs(paths, { published: options.published, fetch: options.fetch })) {
    counts.read++;
    if (!input.ok) {
      counts.failed++;
      counts.failures.push({ source: input.source, code: input.error.code, message: input.error.message });
      continue;
    }
    if (seen.has(input.article.contentHash)) { counts.duplicates++; continue; }
    seen.add(input.article.contentHash);
    if (!input.article.published) counts.undated.push(input.article.source);
    yield input.article;
  }
}
