// Worker thread: runs the extraction pipeline on the texts the pool sends.
import { parentPort } from "node:worker_threads";
import { extractDoc, extractionPipeline } from "./extract-article.js";
import { presentExtraction } from "./present-extraction.js";

export interface ExtractRequest { id: number; text: string; published?: string }

parentPort?.on("message", (req: ExtractRequest) => {
  try {
    const doc = extractDoc(req.text, { published: req.published });
    parentPort!.postMessage({ id: req.id, result: presentExtraction(doc), pipeline: extractionPipeline().versions.join(",") });
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: (err as Error).message });
  }
});
