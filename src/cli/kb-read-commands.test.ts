import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { tempFixtureKb } from "../../test/support/store/kb-fixture.js";
import { runCli, type CliRun } from "../../test/support/cli/run-cli.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  let kb: Awaited<ReturnType<typeof tempFixtureKb>>;
  before(async () => { kb = await tempFixtureKb(dialect); });
  after(() => kb.remove());

  const dossier = (...argv: string[]): Promise<CliRun> => runCli([...argv, "--db", kb.location]);

  function ok(r: CliRun): string {
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, "");
    return r.out;
  }

  test("people --json: every person once, with id, name, aliases and documents (URL, else file path)", async () => {
    const people = JSON.parse(ok(await dossier("people", "--json"))) as { id: number; name: string; aliases: string[]; documents: string[] }[];
    assert.deepEqual(people.map((p) => p.id).sort(), [1, 3, 5]);
    const pak = people.find((p) => p.id === 1)!;
    assert.equal(pak.name, "Pak Chol Min");
    assert.deepEqual(pak.aliases, ["Pak", "Pak Chol-min", "Mr Pak"]);
    assert.deepEqual(pak.documents, ["https://news.example.org/pak-defects", "articles/pak.txt", "https://mirror.example.net/pak"]);
  });

  test("events --json: id, type, person id, occurred, disclosed and documents", async () => {
    const events = JSON.parse(ok(await dossier("events", "--json"))) as Record<string, unknown>[];
    assert.deepEqual(events.map((e) => [e.id, e.type, e.person, e.occurred, e.disclosed]), [
      [1, "defection", 1, "2019-09-04", "2019-09-09"],
      [3, "appointment", 3, "2018", null],
      [5, "execution", 5, "2016", null],
      [6, "detention", 5, "2016-05", null],
    ]);
    assert.deepEqual(events[0].documents, ["https://news.example.org/pak-defects", "articles/pak.txt", "https://mirror.example.net/pak"]);
    const ri = JSON.parse(ok(await dossier("events", "--person", "Ri Sun-hui", "--type", "detention", "--json"))) as { id: number }[];
    assert.deepEqual(ri.map((e) => e.id), [6]);
  });

  test("people and events print readable tables", async () => {
    const people = ok(await dossier("people", "--sort", "name"));
    assert.match(people, /^ID +NAME +ALSO/);
    assert.match(people, /^1 +Pak Chol Min +Pak, Pak Chol-min, Mr Pak/m);
    assert.match(people, /^3 people$/m);
    assert.match(ok(await dossier("events")), /^1 +defection +Pak Chol Min +2019-09-04 +2019-09-09 +5 /m);
    assert.match(ok(await dossier("people", "--event", "execution")), /^1 person$/m);
  });

  test("an unknown --type, --event or --country exits 2 and lists the valid values", async () => {
    for (const argv of [["events", "--type", "defektion"], ["people", "--event", "coronation"], ["people", "--country", "Narnia"]]) {
      const r = await dossier(...argv);
      assert.equal(r.code, 2, argv.join(" "));
      assert.match(r.err, /^dossier: error usage: .*(valid: defection, execution|valid \(the countries of its events\): Italy)/, argv.join(" "));
    }
  });

  test("show by name or alias: spellings, posts over time, both dates, certainty and every quote", async () => {
    const page = ok(await dossier("show", "pak", "chol-min"));
    assert.match(page, /^Pak Chol Min {2}\(person 1\)$/m);
    assert.match(page, /Names and spellings\n {2}Pak Chol Min {2}\(2 documents\)/);
    assert.match(page, /Posts over time\n {2}2019-09-10 +deputy ambassador to Italy/);
    assert.match(page, /defection {2}occurred 2019-09-04, disclosed 2019-09-09, 5 days later/);
    assert.match(page, /\[confirmed; 3 sources, 2 independent\]/);
    assert.match(page, /“North Korean diplomat Pak Chol-min defected in September 2019, according to Yonhap\.”/);
    const byAlias = JSON.parse(ok(await dossier("show", "Mr Pak", "--json"))) as { person: { id: number } };
    assert.equal(byAlias.person.id, 1);
  });

  test("show of nobody is entity_not_found; show without a name is a usage error", async () => {
    const r = await dossier("show", "Nobody Atall");
    assert.equal(r.code, 3);
    assert.match(r.err, /^dossier: error entity_not_found: /);
    assert.equal((await dossier("show")).code, 2);
  });

  test("timeline runs in date order", async () => {
    const events = JSON.parse(ok(await dossier("timeline", "--json"))) as { occurred: string }[];
    assert.deepEqual(events.map((e) => e.occurred), ["2016", "2016-05", "2018", "2019-09-04"]);
  });

  test("search finds names and text; SQL in the words is inert", async () => {
    const found = JSON.parse(ok(await dossier("search", "Yonhap", "--json"))) as { documents: { document: string; snippet: string }[] };
    assert.deepEqual(found.documents.map((d) => d.document), ["articles/pak.txt"]);
    assert.match(found.documents[0].snippet, /«Yonhap»/);
    assert.match(ok(await dossier("search", "Ri", "Sun")), /Ri Sun Hui/);
    const injected = await dossier("search", '"; DROP TABLE documents; --');
    assert.equal(injected.code, 0, injected.err);
    const stats = JSON.parse(ok(await dossier("stats", "--json"))) as { documents: number };
    assert.equal(stats.documents, 5, "the documents table is still there");
  });

  test("conflicts show both quotes", async () => {
    const text = ok(await dossier("conflicts"));
    assert.match(text, /executed in 2016, but alive in a camp/);
    assert.match(text, /“Vice minister of culture Ri Sun Hui was executed in 2016, according to a defector group\.”/);
    assert.match(text, /“Ri Sun-hui was detained in May 2016 and is alive in a camp, a source said\.”/);
    const [c] = JSON.parse(ok(await dossier("conflicts", "--json"))) as { left: { quote: string }; right: { quote: string } }[];
    assert.ok(c.left.quote && c.right.quote);
  });

  test("stats: counts, events by type and year, median lag", async () => {
    const text = ok(await dossier("stats"));
    assert.match(text, /^Documents +5$/m);
    assert.match(text, /^People +3$/m);
    assert.match(text, /^Events +4$/m);
    assert.match(text, /Median disclosure lag +5 days \(over 1 event\)/);
    assert.match(text, /^defection +2019 +1$/m);
  });

  test("a missing knowledge base is file_not_found for every read command, and is not created", async () => {
    const missing = join(kb.dir, "missing.db");
    for (const argv of [["people"], ["show", "Pak"], ["events"], ["timeline"], ["search", "Pak"], ["conflicts"], ["stats"], ["export", "--format", "json"]]) {
      const r = await runCli([...argv, "--db", missing]);
      assert.equal(r.code, 3, argv.join(" "));
      assert.match(r.err, /^dossier: error file_not_found: no knowledge base at .*missing\.db/);
      assert.equal(r.out, "");
    }
    assert.ok(!existsSync(missing));
  });

  test("bad options are usage errors", async () => {
    assert.equal((await dossier("people", "--sort", "height")).code, 2);
    assert.equal((await dossier("people", "stray")).code, 2);
    assert.equal((await runCli(["people", "--db"])).code, 2);
  });
});
