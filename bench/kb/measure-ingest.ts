import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { kbCounter } from "./ingest-progress.js";
import { runMeasured } from "./measured-child.js";

export interface IngestFigures {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMb: number;
  /** Seconds until the last document was stored; the rest of the run is resolution. */
  storeSeconds: number;
  stored: number;
  judgements: number;
  exitCode: number | null;
  stderrTail: string;
}

interface Sample { t: number; documents: number; judgements: number; rssMb: number }

const CLI = new URL("../../src/cli/main.js", import.meta.url).pathname;

/** Removes a knowledge base with its WAL files. */
export function removeKb(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}

function logProgress(s: Sample, prev: Sample | undefined, log: (line: string) => void): void {
  const rate = prev ? (s.documents - prev.documents) / (s.t - prev.t) : 0;
  const load = loadavg().map((l) => l.toFixed(2)).join(" ");
  log(`  ${s.t.toFixed(0).padStart(5)} s  ${String(s.documents).padStart(7)} docs  ${rate.toFixed(0).padStart(4)} docs/s now  judgements ${s.judgements}  RSS ${s.rssMb.toFixed(0)} MB  load ${load}`);
}

/**
 * Runs the real CLI, `node dist/src/cli/main.js ingest DIR --db FILE`, on a
 * fresh knowledge base; the wall time covers reading, extraction, storing and
 * the resolution at the end. `nodeArgs` go before the script (--cpu-prof).
 */
export async function measureIngest(dir: string, db: string, articles: number, options: { nodeArgs?: string[]; extraArgs?: string[]; log: (line: string) => void }): Promise<IngestFigures> {
  removeKb(db);
  const counter = kbCounter(db);
  const samples: Sample[] = [];
  const start = performance.now();
  let lastLogged: Sample | undefined;
  let tick = 0;
  const run = await runMeasured([...(options.nodeArgs ?? []), CLI, "ingest", dir, "--db", db, ...(options.extraArgs ?? [])], {
    sampleMs: 500,
    onSample: (rssMb) => {
      if (tick++ % 2) return; // the database every second
      const counts = counter.read();
      if (!counts?.documents) return;
      const s = { t: (performance.now() - start) / 1000, ...counts, rssMb };
      samples.push(s);
      if (!lastLogged || s.t - lastLogged.t >= 30) { logProgress(s, lastLogged, options.log); lastLogged = s; }
    },
  });
  const final = counter.read() ?? { documents: 0, judgements: 0 };
  counter.close();
  const storeEnd = samples.find((s) => s.documents >= final.documents)?.t ?? run.seconds;
  return {
    articles, seconds: run.seconds, articlesPerSecond: articles / run.seconds, peakRssMb: run.peakRssMb,
    storeSeconds: storeEnd, stored: final.documents, judgements: final.judgements,
    exitCode: run.code, stderrTail: run.stderr.trim().split("\n").slice(-5).join("\n"),
  };
}
