import { performance } from "node:perf_hooks";
import type { Article } from "../src/ingest/article.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import { extractDoc } from "../src/services/extraction/extract-article.js";
import { presentExtraction } from "../src/services/extraction/present-extraction.js";
import type { Doc } from "../src/text/doc.js";

/** Seconds of each stage of `dossier extract DIR`, measured apart in this process. */
export interface StageTimes { read: number; pipeline: number; output: number }

/**
 * What `dossier extract` does to a folder, one stage at a time: reading the
 * files (bytes, encoding, JSON records, debris cleaning), the pipeline, and
 * the JSON output (presenting each Doc, then stringifying the array as the
 * CLI does). So that a whole-process figure can be read: which stage a slow
 * run spends its time in.
 */
export async function stageTimes(dir: string): Promise<StageTimes> {
  let started = performance.now();
  const articles: Article[] = [];
  for await (const input of readInputs([dir])) if (input.ok) articles.push(input.article);
  const read = (performance.now() - started) / 1000;
  started = performance.now();
  const docs: Doc[] = articles.map((a) => extractDoc(a.text, { id: a.contentHash, published: a.published }));
  const pipeline = (performance.now() - started) / 1000;
  started = performance.now();
  const json = JSON.stringify(docs.map((doc, i) => ({ document: { source: articles[i].source, published: articles[i].published ?? null }, ...presentExtraction(doc) })), null, 2);
  const output = (performance.now() - started) / 1000;
  if (!json.length) throw new Error("no output");
  return { read, pipeline, output };
}
