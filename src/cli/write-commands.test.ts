import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureArticles } from "../../test/support/services/articles.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../test/support/store/test-databases.js";
import { runCli } from "../../test/support/cli/run-cli.js";

// The commands that write (ingest, merge, undo, reprocess) with --db naming a SQLite file or a postgres:// URL.
forEachDatabase((dialect) => {
  let at: EmptyLocation;
  before(async () => {
    at = await emptyLocation(dialect, "dossier-cli-");
    mkdirSync(join(at.dir, "articles"));
    for (const a of fixtureArticles(12)) writeFileSync(join(at.dir, "articles", a.name), a.text);
  });
  after(() => at.remove());

  const people = async (): Promise<{ id: number; name: string }[]> => {
    const r = await runCli(["people", "--json", "--db", at.location]);
    assert.equal(r.code, 0, r.err);
    return JSON.parse(r.out);
  };

  test("ingest, then again: the second run stores nothing new", async () => {
    const first = await runCli(["ingest", join(at.dir, "articles"), "--db", at.location, "--published", "2020-05-01", "--workers", "0"]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /ingested 12, skipped as duplicate 0, failed 0/);
    const again = await runCli(["ingest", join(at.dir, "articles"), "--db", at.location, "--workers", "0"]);
    assert.match(again.err, /ingested 0, skipped as duplicate 12, failed 0/);
  });

  test("a folder of JSON records keeps each record's date; records without one are warned about", async () => {
    const dir = join(at.dir, "records");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.json"), JSON.stringify({ text: "Lena Marsh, a trade envoy, defected in Vienna last week, officials said.", published: "2019-03-14" }));
    writeFileSync(join(dir, "b.json"), JSON.stringify({ text: "Tom Reed, a consul, defected in Oslo on Monday, his office said." }));
    const r = await runCli(["ingest", dir, "--db", at.location, "--published", "2020-05-01", "--workers", "0"]);
    assert.equal(r.code, 0, r.err);
    const docs = await runCli(["export", "--format", "json", "--db", at.location]);
    const events = (JSON.parse(docs.out) as { events: { personName: string; occurred: string | null }[] }).events;
    assert.equal(events.find((e) => e.personName === "Lena Marsh")?.occurred, "2019-03", "last week of 14 March 2019, not of 1 May 2020");
    mkdirSync(join(at.dir, "undated"));
    writeFileSync(join(at.dir, "undated", "c.json"), JSON.stringify({ text: "Ana Vidal, a consul, defected in Lima, her office said." }));
    const undated = await runCli(["ingest", join(at.dir, "undated"), "--db", at.location, "--workers", "0"]);
    assert.equal(undated.code, 0, undated.err);
    assert.match(undated.err, /^warning: 1 article has no publication date \(give --published or a "published" field\).*\n {2}.*c\.json$/m);
  });

  test("merge joins two people, undo takes it back", async () => {
    const before = await people();
    const [a, b] = before;
    const merged = await runCli(["merge", String(a.id), String(b.id), "--db", at.location]);
    assert.equal(merged.code, 0, merged.err);
    assert.match(merged.out, /^judgement #\d+: \d+ and \d+ are one person$/m);
    assert.equal((await people()).length, before.length - 1);
    const undone = await runCli(["undo", "--db", at.location]);
    assert.equal(undone.code, 0, undone.err);
    assert.deepEqual((await people()).map((p) => p.id), before.map((p) => p.id));
  });

  test("reprocess --all keeps every person", async () => {
    const before = await people();
    const r = await runCli(["reprocess", "--all", "--db", at.location]);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual((await people()).map((p) => p.name).sort(), before.map((p) => p.name).sort());
  });
});

test("a PostgreSQL server that is not there is db_unreachable (see postgres-errors.test.ts)", async () => {
  const r = await runCli(["stats", "--db", "postgres://nobody@127.0.0.1:1/none"]);
  assert.equal(r.code, 7, r.err);
  assert.match(r.err, /^dossier: error db_unreachable: cannot reach PostgreSQL at 127\.0\.0\.1:1: connection refused/);
});
