// kill -9 at 20 random points of `dossier ingest`, `dossier reprocess` and a
// sequence of merge, split and undo. After each kill the knowledge base is
// consistent (dossier check finds nothing), and a re-run gives what one clean
// run gives, with every input file stored once. The kill points come from a
// seeded PRNG: the seed is printed, and DOSSIER_CRASH_SEED=N draws them again.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { RESOLVER } from "./resolve-people.js";
import { openStore } from "../store/open-store.js";
import { checkConsistency } from "../store/queries/check-consistency.js";
import { fixtureArticles } from "./test-fixtures/articles.js";
import { kbSnapshot } from "./test-fixtures/kb-snapshot.js";
import { killDossierAfter, runDossier, seededRandom } from "./test-fixtures/kill-harness.js";

const SEED = Number(process.env.DOSSIER_CRASH_SEED) || 1 + Math.floor(Math.random() * 2 ** 31);
const ARTICLES = 300;
const dir = mkdtempSync(join(tmpdir(), "dossier-crash-"));
const articles = join(dir, "articles");
const ingestArgs = (db: string) => ["ingest", articles, "--db", db, "--published", "2020-05-01", "--workers", "1"];

/** Kill times for one operation: the first within its start (opening, migrating), the others anywhere in a clean run and a little past it. */
function killTimes(random: () => number, count: number, cleanMs: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.round(i === 0 ? random() * 300 : random() * cleanMs * 1.1));
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

async function timed(run: () => void | Promise<void>): Promise<number> {
  const t0 = Date.now();
  await run();
  return Date.now() - t0;
}

const clean = join(dir, "clean.db");
let ingestMs = 0;
const landed: string[] = [];

before(async () => {
  mkdirSync(articles);
  for (const a of fixtureArticles(ARTICLES)) writeFileSync(join(articles, a.name), a.text);
  ingestMs = await timed(() => runDossier(ingestArgs(clean)));
  console.log(`# kill points drawn with seed ${SEED} (DOSSIER_CRASH_SEED=${SEED} draws them again); a clean ingest took ${ingestMs} ms`);
});

test("kill -9 at 7 points of an ingest: consistent, then a re-run equals a clean run", { timeout: 120_000 }, async () => {
  const expected = await kbSnapshot(clean);
  await assertConsistent(clean, "(none: the clean run)");
  for (const [i, ms] of killTimes(seededRandom(SEED), 7, ingestMs).entries()) {
    const db = join(dir, `ingest-${i}.db`);
    const killed = await killDossierAfter(ingestArgs(db), ms);
    const stored = await assertConsistent(db, `of an ingest at ${ms} ms`);
    landed.push(`ingest at ${ms} ms: ${killed ? `killed with ${stored} of ${ARTICLES} documents stored` : "had finished"}`);
    runDossier(ingestArgs(db));
    assert.deepEqual(await kbSnapshot(db), expected, `ingest killed at ${ms} ms, then run again (seed ${SEED})`);
    await assertEveryFileOnce(db, `of an ingest at ${ms} ms`);
  }
});

test("kill -9 at 6 points of a reprocess: consistent, then a re-run equals a clean run", { timeout: 120_000 }, async () => {
  // Every document as if an older pipeline had extracted it, so that reprocess redoes them all.
  const old = join(dir, "reprocess-base.db");
  copyFileSync(clean, old);
  const store = await openStore(old);
  await store.db.updateTable("documents").set({ pipeline: "tokens@0" }).execute();
  await store.close();
  const reference = join(dir, "reprocess-clean.db");
  copyFileSync(old, reference);
  const reprocessMs = await timed(() => runDossier(["reprocess", "--db", reference]));
  const expected = await kbSnapshot(reference);
  for (const [i, ms] of killTimes(seededRandom(SEED + 1), 6, reprocessMs).entries()) {
    const db = join(dir, `reprocess-${i}.db`);
    copyFileSync(old, db);
    const killed = await killDossierAfter(["reprocess", "--db", db], ms);
    await assertConsistent(db, `of a reprocess at ${ms} ms`);
    landed.push(`reprocess at ${ms} ms: ${killed ? `killed with ${ARTICLES - (await oldDocuments(db))} of ${ARTICLES} documents reprocessed` : "had finished"}`);
    runDossier(["reprocess", "--db", db]);
    assert.deepEqual(await kbSnapshot(db), expected, `reprocess killed at ${ms} ms, then run again (seed ${SEED})`);
    await assertEveryFileOnce(db, `of a reprocess at ${ms} ms`);
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

test("kill -9 at 7 points of merge, split and undo: each step is whole or absent, then resuming equals a clean run", { timeout: 120_000 }, async () => {
  const store = await openStore(clean);
  const ids = (await store.db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("p")).distinct().orderBy("p").execute()).map((r) => String(r.p));
  await store.close();
  assert.ok(ids.length >= 4, `the fixture has ${ids.length} people, the sequence needs 4`);
  const [a, b, c, d] = ids;
  const steps = [["merge", a, b], ["merge", c, d], ["undo"], ["split", a, b], ["undo"], ["merge", a, c]];
  // The knowledge base after each step of a clean sequence.
  const reference = join(dir, "judge-clean.db");
  copyFileSync(clean, reference);
  const after = [await kbSnapshot(reference)];
  const sequenceMs = await timed(async () => {
    for (const step of steps) {
      runDossier([...step, "--db", reference]);
      after.push(await kbSnapshot(reference));
    }
  });
  assert.notDeepEqual(after[1], after[0], "a merge changes the people");
  for (const [i, ms] of killTimes(seededRandom(SEED + 2), 7, sequenceMs).entries()) {
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
