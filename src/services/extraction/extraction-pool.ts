import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { signature } from "../../resolve/minhash.js";
import { extractDoc, extractionPipeline } from "./extract-article.js";
import type { ExtractionRecord } from "../../model/extraction-record.js";
import { extractionRecord } from "./extraction-record.js";

export interface Extraction {
  /** Every fact with its spans and producer: what the store keeps. */
  record: ExtractionRecord;
  pipeline: string;
  /** MinHash signature of the text, for finding copies (computed beside the extraction). */
  signature: Uint32Array;
}

/** The extraction of one text, as a worker computes it. */
export function extractInline(text: string, published?: string): Extraction {
  const doc = extractDoc(text, { published });
  const pipeline = extractionPipeline();
  return { record: extractionRecord(doc, pipeline), pipeline: pipeline.versions.join(","), signature: signature(text) };
}

/**
 * Extraction on worker threads, so that ingest uses every core while the
 * main thread writes to the database. With `size` 0 it runs inline.
 */
export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (e: Extraction) => void; reject: (e: Error) => void }>();
  private next = 0;

  /** By default one thread per core but one: the main thread writes to the database. */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL("./extract-worker.js", import.meta.url));
      w.on("message", (m: { id: number; record?: ExtractionRecord; pipeline?: string; signature?: Uint32Array; error?: string }) => {
        const p = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (m.error || !m.record) p?.reject(new Error(m.error ?? "no result"));
        else p?.resolve({ record: m.record, pipeline: m.pipeline!, signature: m.signature! });
      });
      w.on("error", (err) => { for (const p of this.waiting.values()) p.reject(err); this.waiting.clear(); });
      this.workers.push(w);
    }
  }

  extract(text: string, published?: string): Promise<Extraction> {
    if (!this.workers.length) {
      return Promise.resolve(extractInline(text, published));
    }
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, text, published });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
