import { join } from "node:path";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { sql as rawSql } from "kysely";
import { ingestArticles } from "../../src/services/ingest/ingest-articles.js";
import { openStore } from "../../src/store/open-store.js";
import { ensureCorpus } from "./generate-corpus.js";
import { removeKb } from "./measure-ingest.js";
import { timeSqlStatements } from "./sql-timing.js";

/**
 * Where ingest time goes, in phases: runs ingestArticles in this process (as
 * the CLI does, same worker pool) with every SQLite statement timed, and
 * prints storing vs resolving wall time and the statements that cost most.
 *   node dist/bench/kb/diagnose-ingest.js [--articles N] [--seed S] [--dir DIR] [--top N] [--no-fts] [--no-checkpoint]
 * --no-fts drops the triggers that fill the full-text tables; --no-checkpoint
 * turns off WAL auto-checkpoints: each shows what that part of a commit costs.
 */
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "20000" }, seed: { type: "string", default: "20240501" },
    dir: { type: "string", default: join(tmpdir(), "dossier-kb-bench") }, top: { type: "string", default: "20" },
    // Experiments that tell what a cost is made of; they change this run's knowledge base only.
    "no-fts": { type: "boolean", default: false }, "no-checkpoint": { type: "boolean", default: false },
  },
});
const ARTICLES = Number(values.articles);
const SEED = Number(values.seed);
const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const corpus = join(values.dir!, `corpus-${ARTICLES}-${SEED}`);
  ensureCorpus(corpus, ARTICLES, SEED);
  const db = join(values.dir!, `diagnose-${ARTICLES}-${SEED}.db`);
  removeKb(db);
  const sql = timeSqlStatements(/^\s*insert into "documents"/i);
  const store = await openStore(db);
  if (values["no-fts"]) for (const t of ["documents_fts_insert", "people_fts_insert"]) await rawSql.raw(`DROP TRIGGER ${t}`).execute(store.db);
  if (values["no-checkpoint"]) await rawSql.raw("PRAGMA wal_autocheckpoint = 0").execute(store.db);
  const start = performance.now();
  const summary = await ingestArticles(store, [join(corpus, "articles")]);
  const end = performance.now();
  await store.close();
  const storeEnd = sql.lastMarked() || end;
  const totals = sql.totals();
  const sqlMs = totals.reduce((s, t) => s + t.ms, 0);
  const wall = (end - start) / 1000;
  log(`${summary.ingested} ingested in ${wall.toFixed(1)} s (${(summary.ingested / wall).toFixed(0)}/s): storing ${((storeEnd - start) / 1000).toFixed(1)} s, resolving ${((end - storeEnd) / 1000).toFixed(1)} s`);
  log(`SQLite on the main thread: ${(sqlMs / 1000).toFixed(1)} s (${((100 * sqlMs) / (end - start)).toFixed(0)}% of the wall time)`);
  log(`${"s".padStart(7)} ${"share".padStart(6)} ${"calls".padStart(8)} ${"ms/call".padStart(8)}  statement`);
  for (const t of totals.slice(0, Number(values.top))) {
    log(`${(t.ms / 1000).toFixed(1).padStart(7)} ${((100 * t.ms) / (end - start)).toFixed(1).padStart(5)}% ${String(t.calls).padStart(8)} ${(t.ms / t.calls).toFixed(2).padStart(8)}  ${t.sql}`);
  }
}

main().catch((err) => { process.stderr.write(`${(err as Error).stack}\n`); process.exitCode = 1; });
