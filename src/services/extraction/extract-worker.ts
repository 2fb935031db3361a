// Worker thread: runs the extraction pipeline on the texts the pool sends.
import { parentPort } from "node:worker_threads";
import { extractInline } from "./extraction-pool.js";

export interface ExtractRequest { id: number; text: string; published?: string }

parentPort?.on("message", (req: ExtractRequest) => {
  try {
    parentPort!.postMessage({ id: req.id, ...extractInline(req.text, req.published) });
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: (err as Error).message });
  }
});
