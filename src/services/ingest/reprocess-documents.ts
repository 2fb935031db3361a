import type { Kysely } from "kysely";
import type { Article } from "../../ingest/article.js";
import type { Database } from "../../store/database.js";
import { documentsToReprocess } from "../../store/queries/list-documents.js";
import { ExtractionPool, type Extraction } from "../extraction/extraction-pool.js";
import { extractionPipeline } from "../extraction/extract-article.js";
import { resolvePending } from "../resolution/resolve-pending.js";
import { replaceExtraction } from "./save-article.js";

export interface ReprocessSummary { checked: number; reprocessed: number; pipeline: string }

/**
 * Runs the current extractors again on stored documents whose extraction
 * came from other component versions (or on all with `all`). The stored
 * text never changes; what was extracted from it is replaced, keeping the
 * ids of people still found so that judgements about them stay valid.
 */
export async function reprocessDocuments(db: Kysely<Database>, options: { all?: boolean; workers?: number; onProgress?: (done: number) => void } = {}): Promise<ReprocessSummary> {
  const pipeline = extractionPipeline().versions.join(",");
  const docs = await documentsToReprocess(db, options.all ? undefined : pipeline);
  const pool = new ExtractionPool(options.workers);
  const blocks = new Set<string>();
  let done = 0;
  try {
    const pending = docs.map((d) => ({ d, x: pool.extract(d.text, d.published ?? undefined) }));
    for (const { d, x } of pending) {
      const article = { text: d.text, published: d.published ?? undefined } as Pick<Article, "text" | "published">;
      const extraction: Extraction = await x;
      for (const b of await replaceExtraction(db, d.id, article, extraction, d.level)) blocks.add(b);
      options.onProgress?.(++done);
    }
  } finally {
    await pool.close();
  }
  // Also what a stopped reprocess replaced but did not resolve.
  await resolvePending(db, blocks);
  return { checked: docs.length, reprocessed: done, pipeline };
}
