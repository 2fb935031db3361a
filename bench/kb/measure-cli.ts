import { performance } from "node:perf_hooks";
import { spawnSync } from "node:child_process";

const CLI = new URL("../../src/cli/main.js", import.meta.url).pathname;

/** Wall time of one CLI call, node's start-up and opening the knowledge base included. */
export function timeCli(args: string[]): { ms: number; code: number | null; bytes: number; error: string } {
  const start = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  return { ms: performance.now() - start, code: r.status, bytes: r.stdout?.length ?? 0, error: r.status ? (r.stderr ?? "").trim().split("\n")[0] : "" };
}
