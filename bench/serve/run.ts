import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { procStatusMb } from "../kb/measured-child.js";
import { createRng } from "../prng.js";
import { runLoad, type LoadResult } from "./load.js";
import { routeInputs, searchText, type RouteInputs } from "./route-inputs.js";
import { startServer } from "./server-child.js";

/**
 * Serving benchmark: `dossier serve` on a knowledge base as a child process,
 * and from this process a bounded load on loopback, one route at a time.
 * Prints requests/s and latency percentiles per route next to its target;
 * asserts nothing.
 * With --connections 1,10 each route runs at each level: one connection
 * gives the time a request takes alone, ten show the queue a single-threaded
 * server builds (latency is about connections × that time).
 * The server runs `--workers` processes (default: one per core; every
 * worker builds its own cached views on its first requests, so each route
 * is warmed up with a few requests per worker before it is measured).
 *   node dist/bench/serve/run.js [--db FILE|postgres://…] [--workers N] [--connections N[,N…]] [--seconds S] [--requests N] [--seed S]
 */
const { values } = parseArgs({
  options: {
    db: { type: "string" }, connections: { type: "string", default: "1,10" }, seconds: { type: "string", default: "20" },
    requests: { type: "string", default: "2000" }, seed: { type: "string", default: "20240501" },
    workers: { type: "string", default: String(availableParallelism()) },
  },
});
const KB_DIR = join(tmpdir(), "dossier-kb-bench");
const CONNECTIONS = values.connections!.split(",").map(Number).filter((n) => n > 0);
const LOAD = { maxSeconds: Number(values.seconds), maxRequests: Number(values.requests) };

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(", ");

/** The knowledge base to serve: --db, else the KB bench's 100k or 20k one, else a small one built by the KB bench (--quick). */
function knowledgeBase(): string {
  if (values.db) {
    if (!/^postgres(?:ql)?:\/\//.test(values.db) && !existsSync(values.db)) throw new Error(`no knowledge base at ${values.db}`);
    return values.db;
  }
  const built = [100_000, 20_000, 5_000].map((n) => join(KB_DIR, `kb-${n}-20240501.db`)).find((f) => existsSync(f));
  if (built) return built;
  log("no knowledge base from the KB bench: building a small one (node dist/bench/kb/run.js --quick)");
  const kbBench = new URL("../kb/run.js", import.meta.url).pathname;
  const run = spawnSync(process.execPath, [kbBench, "--quick", "--queries", "20"], { stdio: "inherit" });
  const quick = join(KB_DIR, "kb-5000-20240501.db");
  if (run.status !== 0 || !existsSync(quick)) throw new Error(`the KB bench did not build ${quick}`);
  return quick;
}

interface Route { name: string; targetMs: number; next: () => string }

function routes(inputs: RouteInputs, seed: number): Route[] {
  const rng = createRng(seed);
  const q = () => encodeURIComponent(searchText(rng, inputs));
  return [
    { name: "person page /people/:id", targetMs: 50, next: () => `/people/${rng.pick(inputs.ids)}` },
    { name: "API /api/people/:id", targetMs: 50, next: () => `/api/people/${rng.pick(inputs.ids)}` },
    { name: "search page /search?q=", targetMs: 50, next: () => `/search?q=${q()}` },
    { name: "API /api/search?q=", targetMs: 50, next: () => `/api/search?q=${q()}` },
    { name: "home /", targetMs: 150, next: () => "/" },
    { name: "timeline /timeline", targetMs: 150, next: () => "/timeline" },
  ];
}

/** The first request of a route: views of the whole knowledge base are built then, once per version of the data. */
async function firstRequest(base: string, path: string): Promise<string> {
  const start = performance.now();
  const res = await fetch(base + path);
  await res.arrayBuffer();
  return `${res.status} in ${(performance.now() - start).toFixed(0)} ms`;
}

const f1 = (n: number): string => n.toFixed(1).padStart(7);

function line(route: Route, connections: number, r: LoadResult): string {
  const { p50, p95, p99, max } = r.latency;
  const verdict = r.errors ? `${r.errors} ERRORS (${r.failures.join("; ")})` : p95 < route.targetMs ? "meets" : "MISSES";
  return `  ${route.name.padEnd(26)} ${String(connections).padStart(3)} conn ${String(r.requests).padStart(5)} req ${r.perSecond.toFixed(0).padStart(5)}/s  ` +
    `p50 ${f1(p50)}  p95 ${f1(p95)}  p99 ${f1(p99)}  max ${f1(max)} ms  ${(r.meanBytes / 1024).toFixed(0).padStart(4)} KB  ` +
    `target p95 < ${route.targetMs} ms: ${verdict}`;
}

/** The processes a server started (its workers), from /proc. */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  const db = knowledgeBase();
  log(`serve bench: ${db}, ${cpus().length} cores, ${values.workers} serving processes, load average ${load()}`);
  log(`load per route: ${CONNECTIONS.join(" then ")} connections, ${LOAD.maxRequests} requests or ${LOAD.maxSeconds} s each, whichever comes first`);
  const started = performance.now();
  const workers = Number(values.workers);
  const server = await startServer(db, workers);
  log(`server ${server.url} (pid ${server.pid}) up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    const inputsStart = performance.now();
    const inputs = await routeInputs(server.url, createRng(Number(values.seed)));
    log(`inputs: ${inputs.ids.length} people, ${inputs.words.length} title words, read in ${((performance.now() - inputsStart) / 1000).toFixed(1)} s`);
    log(`figures (latency in ms, from this process; load average before ${load()}):`);
    for (const route of routes(inputs, Number(values.seed))) {
      log(`  ${route.name}: first request ${await firstRequest(server.url, route.next())}`);
      await Promise.all(Array.from({ length: workers * 2 }, () => firstRequest(server.url, route.next())));
      for (const connections of CONNECTIONS) log(line(route, connections, await runLoad(server.url, route.next, { ...LOAD, connections })));
    }
    const pids = [server.pid, ...childPids(server.pid)];
    const rss = (field: "VmHWM" | "VmRSS") => pids.map((pid) => procStatusMb(pid, field).toFixed(0)).join(" + ");
    log(`server RSS (primary + workers) ${rss("VmRSS")} MB at the end, ${rss("VmHWM")} MB at their peaks (while views were built); load average at the end ${load()}`);
  } finally {
    const code = await server.stop();
    if (code !== 0) log(`the server exited with ${code}: ${server.stderr().trim().slice(-500)}`);
  }
}

main().catch((err) => { process.stderr.write(`${(err as Error).stack}\n`); process.exitCode = 1; });
