import { once } from "node:events";
import { Worker } from "node:worker_threads";

/**
 * Another writer on a SQLite knowledge base: a connection on its own thread
 * that takes the write lock (BEGIN IMMEDIATE) and commits `ms` later. Its own
 * thread, because a connection of the test's thread that waits for the lock
 * (busy_timeout) blocks that thread until it gets it.
 */
export async function holdSqliteWriteLock(file: string, ms: number): Promise<{ released: Promise<void> }> {
  const worker = new Worker(new URL("./sqlite-write-lock-worker.js", import.meta.url), { workerData: { file, ms } });
  const released = new Promise<void>((resolve, reject) => {
    worker.on("message", (m: string) => { if (m === "released") resolve(); });
    worker.on("error", reject);
  });
  // once() rejects when the worker emits "error" first (it could not open the file or take the lock)
  await once(worker, "message");
  return { released: released.then(async () => { await worker.terminate(); }) };
}
