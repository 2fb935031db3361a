import cluster, { type Worker } from "node:cluster";
import { fileURLToPath } from "node:url";
import { DossierError } from "../errors.js";
import type { CliIo } from "./command.js";
import { stopWithLauncher } from "./stop-with-launcher.js";

/** What a serving worker tells the primary: it listens (on this port), or it could not. */
export type WorkerReport = { listening: number } | { failed: string };

/** Restarts of a worker that died on its own, per minute, before the primary gives up. */
const MAX_RESTARTS_PER_MINUTE = 5;

const MAIN = fileURLToPath(new URL("./main.js", import.meta.url));

/**
 * `dossier serve --workers N`: N processes answer on one port (node:cluster
 * hands each connection to one of them). Every worker opens the knowledge
 * base itself: SQLite in WAL mode lets them read at once, and a write (a
 * judgement) waits for the others' writes, never for their reads. The
 * primary prints the URL once a worker listens, restarts a worker that dies,
 * and on SIGINT/SIGTERM stops them all and returns 0. A worker that cannot
 * listen (port in use) stops the whole server with its reason.
 */
export function serveWithWorkers(count: number, args: string[], urlHost: string, io: CliIo): Promise<number> {
  cluster.setupPrimary({ exec: MAIN, args: ["serve", ...args] });
  return new Promise((resolve, reject) => {
    let stopping = false;
    let announced = false;
    const restarts: number[] = [];
    const live = new Set<Worker>();
    const unwatch = io.launchedByNpm ? stopWithLauncher(() => stopAll()) : () => undefined;
    const stopAll = () => {
      stopping = true;
      process.off("SIGINT", stopAll).off("SIGTERM", stopAll);
      unwatch();
      // a signal, not worker.kill(): the worker closes its server and store itself, then leaves (leaveCluster)
      for (const w of live) w.process.kill("SIGTERM");
    };
    const start = () => {
      const worker = cluster.fork();
      live.add(worker);
      // A worker that already left cannot be written to (EPIPE when the primary answers its listen): its exit says the rest.
      worker.on("error", () => undefined);
      worker.on("message", (report: WorkerReport) => {
        if ("listening" in report && !announced) {
          announced = true;
          io.stdout(`dossier: serving http://${urlHost}:${report.listening}/ (${count} worker processes)\n`);
        } else if ("failed" in report && !stopping) {
          stopAll();
          reject(new DossierError("usage", report.failed));
        }
      });
      worker.once("exit", (code, signal) => {
        live.delete(worker);
        if (stopping) {
          if (live.size === 0) resolve(0);
          return;
        }
        const now = Date.now();
        restarts.push(now);
        while (restarts[0] < now - 60_000) restarts.shift();
        io.stderr(`dossier: a serving worker stopped (${signal ?? `exit ${code}`}); ${restarts.length > MAX_RESTARTS_PER_MINUTE ? "too many restarts, stopping" : "starting another"}\n`);
        if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
          stopAll();
          reject(new DossierError("internal", "serving workers keep stopping; see the errors above"));
        } else start();
      });
    };
    process.on("SIGINT", stopAll).on("SIGTERM", stopAll);
    for (let i = 0; i < count; i++) start();
  });
}

/** In a worker: tell the primary how listening went. */
export function reportToPrimary(report: WorkerReport): void {
  if (cluster.isWorker) process.send?.(report);
}

/** In a worker that has stopped serving: drop the channel to the primary, which would keep the process alive. */
export function leaveCluster(): void {
  if (cluster.isWorker && process.connected) process.disconnect();
}

export const isServingWorker = (): boolean => cluster.isWorker;
