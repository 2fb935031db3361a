// kill -9 at 20 random points of `dossier ingest`, `dossier reprocess` and a
// sequence of merge, split and undo. After each kill the knowledge base is
// consistent (dossier check finds nothing), and a re-run gives what one clean
// run gives, with every input file stored once. The kill points come from a
// seeded PRNG: the seed is printed, and DOSSIER_CRASH_SEED=N draws them again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { RESOLVER } from "../resolution/resolve-people.js";
import { openStore } from "../../store/open-store.js";
import { checkConsistency } from "../../store/queries/check-consistency.js";
import { fixtureArticles } from "../../../test/support/services/articles.js";
import { kbSnapshot } from "../../../test/support/services/kb-snapshot.js";
import { killDossierAfter, measureDossier, runDossier, seededRandom } from "../../../test/support/services/kill-harness.js";

const SEED = Number(process.env.DOSSIER_CRASH_SEED) || 1 + Math.floor(Math.random() * 2 ** 31);
const ARTICLES = 200;
const dir = mkdtempSync(join(tmpdir(), "dossier-crash-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const articles = join(dir, "articles");
const ingestArgs = (db: string) => ["ingest", articles, "--db", db, "--published", "2020-05-01", "--workers", "1"];

/** Where a kill lands: `ms` after the command started, after its file appeared, or after it began to write. */
interface KillPoint { ms: number; from: "start" | "file" | "writes" }

/**
 * The kill points of one operation: the first within its first moments
 * (for a new knowledge base, right after its file appears, while it is
 * migrated), the second anywhere in a clean run's duration, the others
 * after the command began to write (before that it only loads its lexicons
 * and extracts), up to a little past a clean run's end. Counting from the
 * first write of the run being killed keeps the point in the same phase
 * however loaded the machine is.
 */
function killPoints(random: () => number, count: number, run: { totalMs: number; writesFromMs: number }, newFile: boolean): KillPoint[] {
  const writing = (run.totalMs - run.writesFromMs) * 1.2;
  return Array.from({ length: count }, (_, i): KillPoint => {
    if (i === 0) return newFile ? { ms: Math.round(random() * 30), from: "file" } : { ms: Math.round(random() * 300), from: "start" };
    if (i === 1) return { ms: Math.round(random() * run.totalMs), from: "start" };
    return { ms: Math.round(random() * writing), from: "writes" };
  });
}

const describe = (k: KillPoint) => `${k.ms} ms after ${k.from === "start" ? "the start" : k.from === "file" ? "the file appeared" : "the first write"}`;

/** True when the query finds a row in the knowledge base (opened read-only, so that the running command is not disturbed). */
function finds(file: string, query: string): () => boolean {
  return () => {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(query).get() !== undefined;
    } finally {
      db.close();
    }
  };
}

/** What the crash left must pass dossier check's tests (when the kill came before the file existed, there is nothing to check). */
async function assertConsistent(db: string, when: string): Promise<number> {
  if (!existsSync(db)) return 0;
  const store = await openStore(db);
  try {
    assert.deepEqual((await checkConsistency(store.db)).problems, [], `inconsistent after a kill ${when} (seed ${SEED})`);
    return Number((await store.db.selectFrom("documents").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  } finally {
    await store.close();
  }
}

/** 0 lost documents: every input file is stored, once. */
async function assertEveryFileOnce(db: string, when: string): Promise<void> {
  const store = await openStore(db);
  try {
    const sources = (await store.db.selectFrom("documents").select("source").execute()).map((d) => basename(d.source)).sort();
    assert.deepEqual(sources, readdirSync(articles).sort(), `documents lost or doubled after a kill ${when} (seed ${SEED})`);
  } finally {
    await store.close();
  }
}

async function timed(run: () => void | Promise<void>): Promise<{ totalMs: number; writesFromMs: number }> {
  const t0 = Date.now();
  await run();
  return { totalMs: Date.now() - t0, writesFromMs: 0 };
}

const clean = join(dir, "clean.db");
let ingestRun = { totalMs: 0, writesFromMs: 0 };
const landed: string[] = [];

before(async () => {
  mkdirSync(articles);
  for (const a of fixtureArticles(ARTICLES)) writeFileSync(join(articles, a.name), a.text);
  ingestRun = await measureDossier(ingestArgs(clean), finds(clean, "SELECT 1 FROM documents LIMIT 1"));
  console.log(`# kill points drawn with seed ${SEED} (DOSSIER_CRASH_SEED=${SEED} draws them again); a clean ingest took ${ingestRun.totalMs} ms, writing from ${ingestRun.writesFromMs} ms`);
});

test("kill -9 at 7 points of an ingest: consistent, then a re-run equals a clean run", { timeout: 240_000 }, async () => {
  const expected = await kbSnapshot(clean);
  await assertConsistent(clean, "(none: the clean run)");
  const firstWrite = (db: string) => finds(db, "SELECT 1 FROM documents LIMIT 1");
  for (const [i, k] of killPoints(seededRandom(SEED), 7, ingestRun, true).entries()) {
    const db = join(dir, `ingest-${i}.db`);
    // A kill right after the file appears lands while it is migrated (a migration killed half-way once left a file no run could open).
    const from = k.from === "file" ? () => existsSync(db) : k.from === "writes" ? firstWrite(db) : undefined;
    const killed = await killDossierAfter(ingestArgs(db), k.ms, from);
    const when = `of an ingest ${describe(k)}`;
    const stored = await assertConsistent(db, when);
    landed.push(`ingest, ${describe(k)}: ${killed ? `killed with ${stored} of ${ARTICLES} documents stored` : "had finished"}`);
    runDossier(ingestArgs(db));
    assert.deepEqual(await kbSnapshot(db), expected, `ingest killed ${when}, then run again (seed ${SEED})`);
    await assertEveryFileOnce(db, when);
  }
});

test("kill -9 at 6 points of a reprocess: consistent, then a re-run equals a clean run", { timeout: 240_000 }, async () => {
  // Every document as if an older pipeline had extracted it, so that reprocess redoes them all.
  const old = join(dir, "reprocess-base.db");
  copyFileSync(clean, old);
  const store = await openStore(old);
  await store.db.updateTable("documents").set({ pipeline: "tokens@0" }).execute();
  await store.close();
  const reprocessed = (db: string) => finds(db, "SELECT 1 FROM documents WHERE pipeline <> 'tokens@0' LIMIT 1");
  const reference = join(dir, "reprocess-clean.db");
  copyFileSync(old, reference);
  const reprocessRun = await measureDossier(["reprocess", "--db", reference], reprocessed(reference));
  const expected = await kbSnapshot(reference);
  for (const [i, k] of killPoints(seededRandom(SEED + 1), 6, reprocessRun, false).entries()) {
    const db = join(dir, `reprocess-${i}.db`);
    copyFileSync(old, db);
    const killed = await killDossierAfter(["reprocess", "--db", db], k.ms, k.from === "writes" ? reprocessed(db) : undefined);
    const when = `of a reprocess ${describe(k)}`;
    await assertConsistent(db, when);
    landed.push(`reprocess, ${describe(k)}: ${killed ? `killed with ${ARTICLES - (await oldDocuments(db))} of ${ARTICLES} documents reprocessed` : "had finished"}`);
    runDossier(["reprocess", "--db", db]);
    assert.deepEqual(await kbSnapshot(db), expected, `reprocess killed ${when}, then run again (seed ${SEED})`);
    await assertEveryFileOnce(db, when);
  }
});

/** Documents still marked as extracted by the old pipeline. */
async function oldDocuments(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.db.selectFrom("documents").select("id").where("pipeline", "=", "tokens@0").execute()).length;
  } finally {
    await store.close();
  }
}

/** Analyst judgements in the log: each step of the sequence appends one, together with the clusters it changes. */
async function analystJudgements(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return (await store.db.selectFrom("judgements").select("id").where("by", "!=", RESOLVER).execute()).length;
  } finally {
    await store.close();
  }
}

/** Runs the steps in order and kills the one running `ms` after the first began; returns the step that was killed, or steps.length. */
async function stepsKilledAt(db: string, steps: string[][], ms: number): Promise<number> {
  const t0 = Date.now();
  for (const [k, step] of steps.entries()) {
    const left = ms - (Date.now() - t0);
    if (left <= 0) return k;
    if (await killDossierAfter([...step, "--db", db], left)) return k;
  }
  return steps.length;
}

test("kill -9 at 7 points of merge, split and undo: each step is whole or absent, then resuming equals a clean run", { timeout: 240_000 }, async () => {
  const store = await openStore(clean);
  const ids = (await store.db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("p")).distinct().orderBy("p").execute()).map((r) => String(r.p));
  await store.close();
  assert.ok(ids.length >= 4, `the fixture has ${ids.length} people, the sequence needs 4`);
  const [a, b, c, d] = ids;
  // Each step changes the people: a+b, then c+d, then a and b apart, then (undo) a+b again.
  const steps = [["merge", a, b], ["merge", c, d], ["split", a, b], ["undo"]];
  // The knowledge base after each step of a clean sequence.
  const reference = join(dir, "judge-clean.db");
  copyFileSync(clean, reference);
  const after = [await kbSnapshot(reference)];
  const sequenceRun = await timed(async () => {
    for (const step of steps) {
      runDossier([...step, "--db", reference]);
      after.push(await kbSnapshot(reference));
    }
  });
  for (let k = 1; k < after.length; k++) assert.notDeepEqual(after[k], after[k - 1], `step ${k} changes the people`);
  // A sequence of short commands writes from its start: its kill points are times after its first command began.
  for (const [i, { ms }] of killPoints(seededRandom(SEED + 2), 7, sequenceRun, false).entries()) {
    const db = join(dir, `judge-${i}.db`);
    copyFileSync(clean, db);
    const killedStep = await stepsKilledAt(db, steps, ms);
    await assertConsistent(db, `of step ${killedStep + 1} at ${ms} ms`);
    const done = await analystJudgements(db);
    assert.ok(done === killedStep || done === killedStep + 1, `step ${killedStep + 1} was killed but ${done} steps are in the log`);
    assert.deepEqual(await kbSnapshot(db), after[done], `after a kill at ${ms} ms the knowledge base is not the one after ${done} whole steps (seed ${SEED})`);
    landed.push(`${steps[killedStep]?.[0] ?? "sequence"} at ${ms} ms: ${killedStep < steps.length ? `step ${killedStep + 1} killed, ${done} steps whole` : "had finished"}`);
    for (const step of steps.slice(done)) runDossier([...step, "--db", db]);
    assert.deepEqual(await kbSnapshot(db), after[steps.length], `sequence killed at ${ms} ms, then resumed (seed ${SEED})`);
  }
});

test("most of the 20 kill points landed while a command ran", () => {
  console.log(landed.map((l) => `# ${l}`).join("\n"));
  assert.equal(landed.length, 20);
  const running = landed.filter((l) => !l.endsWith("had finished")).length;
  assert.ok(running >= 10, `only ${running} of 20 kills landed in a running command (seed ${SEED})`);
});
