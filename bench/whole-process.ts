import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchArticle } from "./real-text.js";

/** A timed run of the CLI as its own process. */
export interface ProcessRun { seconds: number; outputBytes: number; status: number | null; stderr: string }

/** Runs `node CLI ARGS` with stdout into a file (so that writing the JSON counts), and times it from spawn to exit. */
export function timeCliProcess(cli: string, args: string[], dir: string): ProcessRun {
  const out = join(dir, "stdout.json");
  const started = performance.now();
  const r = spawnSync("sh", ["-c", `exec "$0" "$@" > "${out}"`, process.execPath, cli, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, outputBytes: statSync(out, { throwIfNoEntry: false })?.size ?? 0, status: r.status, stderr: r.stderr };
}

/**
 * `dossier extract DIR` on the articles, each a JSON record file (text and
 * publication date) in a fresh folder: reading, decoding, cleaning, the
 * pipeline, JSON output and the start-up, as a user meets them. The best of
 * `rounds` runs, since other processes on the machine only ever add time.
 */
export function timeExtractDir(cli: string, articles: BenchArticle[], rounds: number): ProcessRun & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-extract-"));
  const input = join(dir, "articles");
  spawnSync("mkdir", [input]);
  articles.forEach((a, i) => writeFileSync(join(input, `${String(i).padStart(5, "0")}.json`), JSON.stringify({ text: a.text, published: a.published })));
  let best: ProcessRun | undefined;
  for (let i = 0; i < rounds; i++) {
    const run = timeCliProcess(cli, ["extract", input], dir);
    if (run.status !== 0) throw new Error(`dossier extract failed (${run.status}): ${run.stderr.slice(0, 500)}`);
    if (!best || run.seconds < best.seconds) best = run;
  }
  return { ...best!, dir };
}

/** Median wall time in ms of `node CLI ARGS` over `runs` runs: the start-up of a command on a tiny input. */
export function medianStartMs(cli: string, args: string[], runs: number): number {
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-start-"));
  try {
    const times = Array.from({ length: runs }, () => timeCliProcess(cli, args, dir)).map((r) => {
      if (r.status !== 0) throw new Error(`dossier ${args.join(" ")} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
      return r.seconds * 1000;
    }).sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
