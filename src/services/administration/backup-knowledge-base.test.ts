// dossier backup copies a knowledge base while another process writes to it;
// dossier restore puts a backup back after checking it. Exports agree.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { openStore } from "../../store/open-store.js";
import { checkConsistency } from "../../store/queries/check-consistency.js";
import { backupKnowledgeBase } from "./backup-knowledge-base.js";
import { exportKnowledgeBase } from "../export/export-knowledge-base.js";
import { ingestArticles } from "../ingest/ingest-articles.js";
import { restoreKnowledgeBase } from "./restore-knowledge-base.js";
import { fixtureArticles } from "../../../test/support/services/articles.js";

const cli = fileURLToPath(new URL("../../cli/main.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dossier-backup-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const kb = join(dir, "kb.db");
const FIRST = 60;
const LATER = 240;
const later = join(dir, "later");

before(async () => {
  const first = join(dir, "first");
  mkdirSync(first);
  mkdirSync(later);
  for (const [i, a] of fixtureArticles(FIRST + LATER).entries()) writeFileSync(join(i < FIRST ? first : later, a.name), a.text);
  const store = await openStore(kb);
  try {
    await ingestArticles(store, [first], { published: "2020-05-01", workers: 0 });
  } finally {
    await store.close();
  }
});

/** The JSON export, and whether the knowledge base passes every consistency check. */
async function exportOf(file: string): Promise<{ json: string; problems: string[]; documents: number }> {
  const store = await openStore(file);
  try {
    const documents = (await store.db.selectFrom("documents").select("id").execute()).length;
    return { json: await exportKnowledgeBase(store, "json"), problems: (await checkConsistency(store.db)).problems, documents };
  } finally {
    await store.close();
  }
}

const rejectsWith = (p: Promise<unknown>, code: string) => assert.rejects(p, (err: { code?: string }) => err.code === code);

test("backups taken while another process ingests are consistent, and each restores to the same export", { timeout: 60_000 }, async () => {
  const child = spawn(process.execPath, [cli, "ingest", later, "--db", kb, "--published", "2020-05-01", "--workers", "1"], { stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const backups: { file: string; documents: number; whileWriting: boolean }[] = [];
  // Back up as often as possible until the ingest ends (a backup that starts and ends while it runs counts as taken under writes).
  while (child.exitCode === null && backups.length < 200) {
    const file = join(dir, `during-${backups.length}.db`);
    const running = child.exitCode === null;
    const s = await backupKnowledgeBase(kb, file);
    backups.push({ file, documents: s.documents, whileWriting: running && child.exitCode === null && s.documents > FIRST && s.documents < FIRST + LATER });
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.equal(await exited, 0);
  console.log(`# ${backups.length} backups during the ingest, documents in each: ${backups.map((b) => b.documents).join(" ")}`);
  assert.ok(backups.some((b) => b.whileWriting), `no backup caught the ingest half-way: ${backups.map((b) => b.documents).join(", ")}`);
  for (const b of backups.filter((x) => x.whileWriting)) {
    const copy = await exportOf(b.file);
    assert.deepEqual(copy.problems, [], `backup with ${b.documents} documents`);
    const restored = join(dir, `restored-${b.documents}.db`);
    const s = await restoreKnowledgeBase(b.file, restored, { force: true });
    assert.equal(s.documents, b.documents);
    assert.equal((await exportOf(restored)).json, copy.json);
  }
  const final = join(dir, "final.db");
  await backupKnowledgeBase(kb, final);
  const restored = join(dir, "restored-final.db");
  await restoreKnowledgeBase(final, restored);
  const [source, back] = [await exportOf(kb), await exportOf(restored)];
  assert.equal(back.documents, FIRST + LATER);
  assert.equal(back.json, source.json);
  assert.ok(!existsSync(`${final}-wal`), "a backup is one self-contained file");
});

test("backup and restore refuse to replace a file unless --force, and to copy a file onto itself", async () => {
  const file = join(dir, "once.db");
  await backupKnowledgeBase(kb, file);
  await rejectsWith(backupKnowledgeBase(kb, file), "file_exists");
  assert.equal((await backupKnowledgeBase(kb, file, { force: true })).file, file);
  await rejectsWith(backupKnowledgeBase(kb, kb, { force: true }), "usage");
  await rejectsWith(backupKnowledgeBase(join(dir, "missing.db"), join(dir, "x.db")), "file_not_found");
  await rejectsWith(backupKnowledgeBase(kb, join(dir, "no-such-folder", "x.db")), "file_not_found");
  await rejectsWith(restoreKnowledgeBase(file, kb), "file_exists");
  const notes = join(dir, "notes.db");
  writeFileSync(notes, "not a knowledge base\n");
  await rejectsWith(backupKnowledgeBase(notes, join(dir, "notes-copy.db")), "not_a_knowledge_base");
  await rejectsWith(restoreKnowledgeBase(join(dir, "missing.db"), join(dir, "y.db")), "file_not_found");
});

test("restore refuses what is not a dossier knowledge base, or not a consistent one, and leaves the target as it was", async () => {
  const target = join(dir, "target.db");
  const text = join(dir, "notes.txt");
  writeFileSync(text, "not a database at all, just some notes\n".repeat(200));
  await rejectsWith(restoreKnowledgeBase(text, target), "not_a_knowledge_base");
  const other = join(dir, "other.db");
  const o = await openStore(other);
  await sql`DROP TABLE kysely_migration`.execute(o.db);
  await o.close();
  await rejectsWith(restoreKnowledgeBase(other, target), "not_a_knowledge_base");
  const future = join(dir, "future.db");
  await backupKnowledgeBase(kb, future);
  const f = await openStore(future);
  await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('999-from-the-future', '2030-01-01T00:00:00Z')`.execute(f.db);
  await f.close();
  await rejectsWith(restoreKnowledgeBase(future, target), "not_a_knowledge_base");
  const damaged = join(dir, "damaged.db");
  await backupKnowledgeBase(kb, damaged);
  const d = await openStore(damaged);
  await sql`DELETE FROM statements WHERE prop = 'name' AND subject = (SELECT 'doc_person:' || min(id) FROM doc_people)`.execute(d.db);
  await d.close();
  await rejectsWith(restoreKnowledgeBase(damaged, target), "inconsistent");
  assert.ok(!existsSync(target), "nothing was restored");
  // An existing knowledge base replaced with --force is the backup's, with no log of the old one left beside it.
  copyFileSync(join(dir, "once.db"), target);
  const before = await exportOf(target);
  await rejectsWith(restoreKnowledgeBase(damaged, target, { force: true }), "inconsistent");
  assert.equal((await exportOf(target)).json, before.json, "a refused restore leaves the target as it was");
  const small = join(dir, "small.db");
  const smallArticles = join(dir, "small");
  mkdirSync(smallArticles);
  for (const a of fixtureArticles(8)) writeFileSync(join(smallArticles, a.name), a.text);
  const store = await openStore(small);
  await ingestArticles(store, [smallArticles], { published: "2020-05-01", workers: 0 });
  await store.close();
  const s = await restoreKnowledgeBase(small, target, { force: true });
  assert.equal(s.documents, 8);
  assert.equal((await exportOf(target)).json, (await exportOf(small)).json);
});

test("backup and restore refuse a postgres:// knowledge base with a usage error, and write nothing", async () => {
  const url = "postgres://me@127.0.0.1:1/kb";
  const file = join(dir, "from-postgres.db");
  await rejectsWith(backupKnowledgeBase(url, file), "usage");
  await rejectsWith(restoreKnowledgeBase(join(dir, "once.db"), url, { force: true }), "usage");
  assert.equal(existsSync(file), false);
});
