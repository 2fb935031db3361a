import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempFixtureKb } from "../../test/support/store/kb-fixture.js";
import { runCli } from "../../test/support/cli/run-cli.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  let kb: Awaited<ReturnType<typeof tempFixtureKb>>;
  before(async () => { kb = await tempFixtureKb(dialect); });
  after(() => kb.remove());

  test("export --format ftm: JSON lines whose references all name exported entities", async () => {
    const r = await runCli(["export", "--format", "ftm", "--db", kb.location]);
    assert.equal(r.code, 0, r.err);
    const entities = r.out.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    const ids = new Set(entities.map((e) => e.id));
    assert.ok(ids.has("dossier-person-1") && ids.has("dossier-event-1"));
    const refs = entities.flatMap((e) => [...(e.properties.involved ?? []), ...(e.properties.entity ?? []), ...(e.properties.document ?? [])]);
    assert.ok(refs.length > 0);
    for (const ref of refs) assert.ok(ids.has(ref), ref);
  });

  test("export --format csv --out FILE writes a CSV with a header", async () => {
    const out = join(kb.dir, "kb.csv");
    const r = await runCli(["export", "--format", "csv", "--db", kb.location, "--out", out]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, "");
    const lines = readFileSync(out, "utf8").trimEnd().split("\r\n");
    assert.ok(lines[0].startsWith("kind,id,name,"));
    assert.equal(lines.filter((l) => l.startsWith("person,")).length, 3);
    assert.equal(lines.filter((l) => l.startsWith("event,")).length, 4);
  });

  test("export --format json prints {people, events}", async () => {
    const r = await runCli(["export", "--format", "json", "--db", kb.location]);
    const data = JSON.parse(r.out) as { people: { id: number }[]; events: { id: number }[] };
    assert.deepEqual([data.people.length, data.events.length], [3, 4]);
  });

  test("export without --format, with an unknown one, or to a missing folder fails with a code", async () => {
    assert.equal((await runCli(["export", "--db", kb.location])).code, 2);
    assert.equal((await runCli(["export", "--format", "xml", "--db", kb.location])).code, 2);
    const r = await runCli(["export", "--format", "csv", "--db", kb.location, "--out", join(kb.dir, "no", "such", "dir.csv")]);
    assert.equal(r.code, 3);
    assert.match(r.err, /^dossier: error file_not_found: cannot write/);
  });
});
