// dossier check, backup and restore as a user runs them: messages, exit codes.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { fixtureArticles } from "../../test/support/services/articles.js";
import { openStore } from "../store/open-store.js";
import { emptyLocation, testDialects } from "../../test/support/store/test-databases.js";
import { runCli } from "../../test/support/cli/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "dossier-cli-ops-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const kb = join(dir, "kb.db");

before(async () => {
  const articles = join(dir, "articles");
  mkdirSync(articles);
  for (const a of fixtureArticles(8)) writeFileSync(join(articles, a.name), a.text);
  const r = await runCli(["ingest", articles, "--db", kb, "--workers", "0"]);
  assert.equal(r.code, 0, r.err);
});

test("check: a consistent knowledge base exits 0; a damaged one prints one line per problem and exits 6", async () => {
  const ok = await runCli(["check", "--db", kb]);
  assert.deepEqual([ok.code, ok.out, ok.err], [0, `${kb}: consistent\n`, ""]);
  const backup = join(dir, "to-damage.db");
  assert.equal((await runCli(["backup", backup, "--db", kb])).code, 0);
  const store = await openStore(backup);
  await sql`UPDATE statements SET "end" = 99999 WHERE id IN (1, 2)`.execute(store.db);
  await store.close();
  const bad = await runCli(["check", "--db", backup]);
  assert.equal(bad.code, 6);
  // statement 1 is person 1's name: the mentions its row keeps no longer follow from it
  assert.deepEqual(bad.out.trim().split("\n").map((l) => l.replace(/: span .*/, "")),
    ["spans: statement 1", "spans: statement 2", "facts: doc_person:1 differs from what its statements and the fact judgements say"]);
  assert.equal(bad.err, `dossier: error inconsistent: 3 problems in ${backup}\n`);
  const missing = await runCli(["check", "--db", join(dir, "none.db")]);
  assert.equal(missing.code, 3);
});

test("backup prints where, how big and what it holds; a second backup to the same file needs --force", async () => {
  const file = join(dir, "copy.db");
  const r = await runCli(["backup", file, "--db", kb]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^backed up to .*copy\.db: \d+ kB, 8 documents, \d+ people, \d+ events, \d+ judgements\n$/);
  const again = await runCli(["backup", file, "--db", kb]);
  assert.deepEqual([again.code, again.err], [2, `dossier: error file_exists: ${file} exists; --force replaces it\n`]);
  assert.equal((await runCli(["backup", file, "--db", kb, "--force"])).code, 0);
  assert.equal((await runCli(["backup", "--db", kb])).code, 2);
});

test("restore checks the backup and puts it in place; the restored knowledge base answers like the original", async () => {
  const file = join(dir, "for-restore.db");
  assert.equal((await runCli(["backup", file, "--db", kb])).code, 0);
  const target = join(dir, "restored.db");
  const r = await runCli(["restore", file, "--db", target]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^restored .*restored\.db: \d+ kB, 8 documents/);
  const [a, b] = [await runCli(["export", "--format", "json", "--db", kb]), await runCli(["export", "--format", "json", "--db", target])];
  assert.equal(b.out, a.out);
  const audit = await runCli(["audit", "--db", target]);
  assert.match(audit.out, /restore/, "the restore is in the target's audit log");
  const notes = join(dir, "notes.txt");
  writeFileSync(notes, "hello\n");
  const refused = await runCli(["restore", notes, "--db", join(dir, "other.db")]);
  assert.equal(refused.code, 4);
  assert.match(refused.err, /^dossier: error not_a_knowledge_base: /);
});

test("backup and restore of a PostgreSQL knowledge base are refused, naming pg_dump and pg_restore", async () => {
  // refused before any connection: no database needs to listen there
  const url = "postgres://nobody@127.0.0.1:1/kb";
  for (const args of [["backup", join(dir, "pg.db"), "--db", url], ["restore", kb, "--db", url]]) {
    const r = await runCli(args);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /^dossier: error usage: .*pg_dump and pg_restore/);
  }
});

if (testDialects().includes("postgres")) describe("postgres", () => {
  test("check on PostgreSQL runs the checks that are SQL, says which of SQLite's it skips, and exits 0", async () => {
    const at = await emptyLocation("postgres", "dossier-cli-check-");
    try {
      const articles = join(at.dir, "articles");
      mkdirSync(articles);
      for (const a of fixtureArticles(3)) writeFileSync(join(articles, a.name), a.text);
      assert.equal((await runCli(["ingest", articles, "--db", at.location, "--workers", "0"])).code, 0);
      const r = await runCli(["check", "--db", at.location]);
      assert.equal(r.code, 0, r.err);
      const lines = r.out.trim().split("\n");
      assert.deepEqual(lines.slice(0, 3).map((l) => l.replace(/: skipped on PostgreSQL .*/, "")), ["storage", "foreign keys", "search index"]);
      assert.equal(lines[3], `${at.location}: consistent`);
    } finally {
      await at.remove();
    }
  });
});
