import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { ensureCorpus } from "../kb/generate-corpus.js";

/**
 * Ingest through the queue: the KB bench's synthetic corpus stored with 1
 * and 2 workers, on SQLite (one `dossier ingest` process with W extraction
 * threads: the local default) and on PostgreSQL (`dossier ingest --queue`,
 * then W `dossier worker --until-idle` processes of one extraction thread
 * each). Each figure covers storing and resolving. Prints articles/s and the
 * load; asserts nothing.
 *   node dist/bench/queue/run.js --pg postgres://USER@HOST:PORT/DB [--articles N] [--workers 1,2] [--skip-sqlite]
 * --pg names any database of a server where the bench may create and drop
 * the databases dossier_queue_bench_w1, _w2, …
 */
const { values } = parseArgs({
  options: {
    pg: { type: "string" }, articles: { type: "string", default: "20000" }, seed: { type: "string", default: "20240501" },
    workers: { type: "string", default: "1,2" }, corpora: { type: "string", default: join(tmpdir(), "dossier-kb-bench") },
    out: { type: "string", default: join(tmpdir(), "dossier-queue-bench") }, "skip-sqlite": { type: "boolean", default: false },
  },
});
const ARTICLES = Number(values.articles);
const CLI = new URL("../../src/cli/main.js", import.meta.url).pathname;
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(" ");

/** Runs the CLI and resolves with its exit code, wall seconds and the last lines it wrote to stderr. */
function cli(args: string[]): Promise<{ code: number | null; seconds: number; tail: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d) => (err = (err + d).slice(-2000)));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, seconds: (performance.now() - t0) / 1000, tail: err.trim().split("\n").slice(-2).join(" | ") })));
}

async function admin<T>(url: string, run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { return await run(client); } finally { await client.end(); }
}

async function sqliteRun(articles: string, workers: number): Promise<string> {
  const db = join(values.out!, `sqlite-w${workers}.db`);
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const before = load();
  const r = await cli(["ingest", articles, "--db", db, "--workers", String(workers)]);
  return `SQLite, 1 process, ${workers} extraction thread(s)  ${(ARTICLES / r.seconds).toFixed(1).padStart(7)} articles/s  (${r.seconds.toFixed(0)} s, exit ${r.code}, load ${before} -> ${load()}; ${r.tail})`;
}

async function postgresRun(articles: string, workers: number): Promise<string> {
  const name = `dossier_queue_bench_w${workers}`;
  await admin(values.pg!, async (c) => { await c.query(`DROP DATABASE IF EXISTS ${name}`); await c.query(`CREATE DATABASE ${name}`); });
  const url = new URL(values.pg!);
  url.pathname = `/${name}`;
  const queued = await cli(["ingest", articles, "--db", url.toString(), "--queue"]);
  log(`  queued in ${queued.seconds.toFixed(0)} s (exit ${queued.code}; ${queued.tail})`);
  const before = load();
  const t0 = performance.now();
  const runs = await Promise.all(Array.from({ length: workers }, () => cli(["worker", "--db", url.toString(), "--until-idle", "--threads", "1", "--check-seconds", "10"])));
  const seconds = (performance.now() - t0) / 1000;
  const stored = await admin(url.toString(), async (c) => Number((await c.query("SELECT count(*) AS n FROM documents")).rows[0].n));
  return `PostgreSQL queue, ${workers} worker process(es)        ${(stored / seconds).toFixed(1).padStart(7)} articles/s  (${seconds.toFixed(0)} s, ${stored} stored, exits ${runs.map((r) => r.code).join(",")}, load ${before} -> ${load()})`;
}

async function main(): Promise<void> {
  const corpus = join(values.corpora!, `corpus-${ARTICLES}-${values.seed}`);
  const { manifest, reused } = ensureCorpus(corpus, ARTICLES, Number(values.seed));
  mkdirSync(values.out!, { recursive: true });
  log(`queue bench: ${manifest.articles} articles (${reused ? "reused" : "written"} ${corpus}), ${cpus().length} cores, load ${load()}`);
  const articles = join(corpus, "articles");
  for (const w of values.workers!.split(",").map(Number)) {
    if (!values["skip-sqlite"]) log(await sqliteRun(articles, w));
    if (values.pg) log(await postgresRun(articles, w));
  }
  if (!values.pg) log("PostgreSQL skipped: no --pg URL");
}

await main();
