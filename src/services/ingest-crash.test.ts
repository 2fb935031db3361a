// kill -9 in the middle of an ingest, then a re-run, gives the same knowledge
// base as one clean run: documents, people and events.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../store/open-store.js";
import { fixtureArticles } from "./test-fixtures/articles.js";

const cli = fileURLToPath(new URL("../cli/main.js", import.meta.url));
const ingestArgs = (dir: string, db: string) => [cli, "ingest", dir, "--db", db, "--published", "2020-05-01", "--workers", "1"];

/** The knowledge base as sets of facts that do not depend on row ids. */
async function snapshot(db: string): Promise<string[]> {
  const store = await openStore(db);
  try {
    const docs = await store.db.selectFrom("documents").select(["id", "hash"]).execute();
    const hash = new Map(docs.map((d) => [d.id, d.hash]));
    const people = await store.db.selectFrom("doc_people").select(["id", "document_id", "name", "person_id"]).execute();
    const label = new Map(people.map((p) => [p.id, `${hash.get(p.document_id)}:${p.name}`]));
    const groups = new Map<number, string[]>();
    for (const p of people) groups.set(p.person_id ?? -p.id, [...(groups.get(p.person_id ?? -p.id) ?? []), label.get(p.id)!]);
    const events = await store.db.selectFrom("doc_events").select(["id", "document_id", "type", "doc_person_id", "event_id"]).execute();
    const evGroups = new Map<number, string[]>();
    for (const e of events) evGroups.set(e.event_id ?? -e.id, [...(evGroups.get(e.event_id ?? -e.id) ?? []), `${hash.get(e.document_id)}:${e.type}:${label.get(e.doc_person_id ?? -1)}`]);
    return [
      ...docs.map((d) => `doc ${d.hash}`),
      ...[...groups.values()].map((g) => `person ${g.sort().join("|")}`),
      ...[...evGroups.values()].map((g) => `event ${g.sort().join("|")}`),
    ].sort();
  } finally {
    await store.close();
  }
}

function killAfter(args: string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => { clearTimeout(timer); resolve(); });
  });
}

test("kill -9 during ingest, then a re-run, equals one clean run", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-crash-"));
  const articles = join(dir, "articles");
  spawnSync("mkdir", ["-p", articles]);
  for (const a of fixtureArticles(400)) writeFileSync(join(articles, a.name), a.text);
  const clean = join(dir, "clean.db");
  const t0 = Date.now();
  assert.equal(spawnSync(process.execPath, ingestArgs(articles, clean)).status, 0);
  const cleanMs = Date.now() - t0;
  const expected = await snapshot(clean);
  let interrupted = 0;
  // Kill points spread over a clean run's duration.
  for (const [i, share] of [0.35, 0.5, 0.65, 0.8, 0.95].entries()) {
    const db = join(dir, `crash-${i}.db`);
    await killAfter(ingestArgs(articles, db), Math.round(cleanMs * share));
    if ((await snapshot(db).catch(() => [])).filter((x) => x.startsWith("doc ")).length < 400) interrupted++;
    const rerun = spawnSync(process.execPath, ingestArgs(articles, db));
    assert.equal(rerun.status, 0, String(rerun.stderr));
    assert.deepEqual(await snapshot(db), expected, `kill at ${share} of a clean run`);
  }
  assert.ok(interrupted >= 2, `only ${interrupted} kills landed mid-ingest`);
});
