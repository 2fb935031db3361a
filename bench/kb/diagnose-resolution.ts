import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { resolveEvents, resolveUnnamedEvents } from "../../src/services/resolution/resolve-events.js";
import { resolvePeople } from "../../src/services/resolution/resolve-people.js";
import { openStore } from "../../src/store/open-store.js";
import { removeKb } from "./measure-ingest.js";
import { procStatusMb } from "./measured-child.js";
import { timeSqlStatements } from "./sql-timing.js";

/**
 * The resolution at the end of an ingest, alone: copies a knowledge base the
 * bench built, forgets its resolution (person and event ids, judgements,
 * review items) and runs the steps ingestArticles runs after storing, on
 * every block, `--slice` blocks at a time as ingestArticles does (keep it
 * equal to RESOLVE_SLICE there), with wall time, SQLite time and peak RSS.
 * Run it under node --cpu-prof to see the JavaScript.
 *   node dist/bench/kb/diagnose-resolution.js [--articles N] [--seed S] [--dir DIR] [--slice N] [--index-right] [--transaction]
 */
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" }, seed: { type: "string", default: "20240501" },
    dir: { type: "string", default: join(tmpdir(), "dossier-kb-bench") }, top: { type: "string", default: "12" },
    slice: { type: "string", default: "2000" },
    // Experiments on the copy: an index for the right side of judgements; each slice in one transaction.
    "index-right": { type: "boolean", default: false }, transaction: { type: "boolean", default: false },
  },
});
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const rss = (): string => `peak RSS ${procStatusMb(process.pid, "VmHWM").toFixed(0)} MB, now ${procStatusMb(process.pid, "VmRSS").toFixed(0)} MB`;

async function step<T>(name: string, run: () => Promise<T>, sqlMs: () => number): Promise<T> {
  const [start, sqlBefore] = [performance.now(), sqlMs()];
  const out = await run();
  log(`${name.padEnd(22)} ${((performance.now() - start) / 1000).toFixed(1).padStart(6)} s, SQLite ${((sqlMs() - sqlBefore) / 1000).toFixed(1)} s, ${rss()}`);
  return out;
}

async function main(): Promise<void> {
  const source = join(values.dir!, `kb-${values.articles}-${values.seed}.db`);
  const db = join(values.dir!, `resolve-${values.articles}-${values.seed}.db`);
  removeKb(db);
  copyFileSync(source, db);
  const timing = timeSqlStatements(/^$/);
  const sqlMs = () => timing.totals().reduce((s, t) => s + t.ms, 0);
  const store = await openStore(db);
  for (const q of ["UPDATE doc_people SET person_id = NULL", "UPDATE doc_events SET event_id = NULL", "DELETE FROM judgements", "DELETE FROM review_items"]) await sql.raw(q).execute(store.db);
  if (values["index-right"]) await sql.raw("CREATE INDEX IF NOT EXISTS judgements_right ON judgements (right_id)").execute(store.db);
  const blocks = (await sql<{ block: string }>`SELECT DISTINCT block FROM doc_person_blocks`.execute(store.db)).rows.map((r) => r.block);
  const counts = (await sql<{ n: number }>`SELECT count(*) AS n FROM doc_people`.execute(store.db)).rows[0].n;
  log(`${counts} document persons in ${blocks.length} blocks; ${rss()}`);
  const before = timing.totals().reduce((s, t) => s + t.ms, 0);
  const slice = Number(values.slice);
  const [people, events] = [{ ms: 0, sql: 0 }, { ms: 0, sql: 0 }];
  const timed = async <T>(total: { ms: number; sql: number }, run: () => Promise<T>): Promise<T> => {
    const [start, sqlBefore] = [performance.now(), sqlMs()];
    const out = await run();
    total.ms += performance.now() - start;
    total.sql += sqlMs() - sqlBefore;
    return out;
  };
  await step(`${Math.ceil(blocks.length / slice)} slices of ${slice}`, async () => {
    for (let i = 0; i < blocks.length; i += slice) {
      const part = blocks.slice(i, i + slice);
      const inOne = values.transaction;
      const touched = await timed(people, () => (inOne ? store.db.transaction().execute((trx) => resolvePeople(trx, part)) : resolvePeople(store.db, part)));
      await timed(events, () => (inOne ? store.db.transaction().execute((trx) => resolveEvents(trx, touched)) : resolveEvents(store.db, touched)));
    }
  }, sqlMs);
  for (const [name, t] of [["  resolvePeople", people], ["  resolveEvents", events]] as const) log(`${name.padEnd(22)} ${(t.ms / 1000).toFixed(1).padStart(6)} s, SQLite ${(t.sql / 1000).toFixed(1)} s`);
  await step("resolveUnnamedEvents", () => resolveUnnamedEvents(store.db), sqlMs);
  await store.close();
  log(`SQLite statements during resolution (${((sqlMs() - before) / 1000).toFixed(1)} s in all):`);
  for (const t of timing.totals().slice(0, Number(values.top))) log(`${(t.ms / 1000).toFixed(1).padStart(7)} s ${String(t.calls).padStart(8)} calls  ${t.sql}`);
}

main().catch((err) => { process.stderr.write(`${(err as Error).stack}\n`); process.exitCode = 1; });
