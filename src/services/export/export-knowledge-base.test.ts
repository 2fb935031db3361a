import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { csvCell } from "./export-csv.js";
import type { FtmEntity } from "./export-ftm.js";
import { exportFormat, exportKnowledgeBase } from "./export-knowledge-base.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  async function ftm(): Promise<FtmEntity[]> {
    const out = await exportKnowledgeBase(kb.store, "ftm");
    return out.trimEnd().split("\n").map((l) => JSON.parse(l) as FtmEntity);
  }

  test("ftm: one JSON entity per line, every property a list of strings", async () => {
    const entities = await ftm();
    for (const e of entities) {
      assert.match(e.id, /^dossier-(person|event|document|documentation|mention|position|occupancy)-/);
      for (const values of Object.values(e.properties)) assert.ok(Array.isArray(values) && values.length && values.every((v) => typeof v === "string"), e.id);
    }
    const count = (schema: string) => entities.filter((e) => e.schema === schema).length;
    assert.deepEqual([count("Document"), count("Person"), count("Event"), count("Documentation"), count("Mention")], [5, 3, 4, 6, 6]);
  });

  test("ftm: every reference names an entity of the export", async () => {
    const entities = await ftm();
    const known = new Set(entities.map((e) => e.id));
    assert.equal(known.size, entities.length, "ids are unique");
    for (const e of entities) {
      for (const prop of ["involved", "entity", "document", "proof", "resolved", "holder", "post"]) for (const ref of e.properties[prop] ?? []) assert.ok(known.has(ref), `${e.id} ${prop} ${ref}`);
    }
  });

  test("ftm: a person's names, posts, countries as codes and source URLs; an event's date and person", async () => {
    const entities = await ftm();
    const pak = entities.find((e) => e.id === "dossier-person-1")!;
    assert.deepEqual(pak.properties.name, ["Pak Chol Min"]);
    assert.deepEqual(pak.properties.alias, ["Pak", "Pak Chol-min", "Mr Pak"]);
    assert.deepEqual(pak.properties.country, ["it"]);
    assert.deepEqual(pak.properties.sourceUrl, ["https://news.example.org/pak-defects", "https://mirror.example.net/pak"]);
    const defection = entities.find((e) => e.id === "dossier-event-1")!;
    assert.equal(defection.schema, "Event");
    assert.deepEqual(defection.properties.date, ["2019-09-04"]);
    assert.deepEqual(defection.properties.involved, ["dossier-person-1"]);
    const file = entities.find((e) => e.id === "dossier-document-2")!;
    assert.deepEqual(file.properties.fileName, ["articles/pak.txt"]);
  });

  test("csv: a header, then one row per person and per event, then one per source of each", async () => {
    const lines = (await exportKnowledgeBase(kb.store, "csv")).trimEnd().split("\r\n");
    assert.match(lines[0], /^kind,id,name,type,person,occurred,disclosed,.*,evidence_of,document,url,quote,start,end$/);
    assert.equal(lines.length, 1 + 3 + 4 + 6 + 6);
    assert.ok(lines.some((l) => l.startsWith("person,1,Pak Chol Min,defection,")), lines.join("\n"));
    assert.ok(lines.some((l) => l.startsWith("event,1,Pak Chol Min,defection,1,2019-09-04,2019-09-09,")));
  });

  test("csv cells quote commas, quotes and line breaks", () => {
    assert.equal(csvCell('Kim "the elder", Jr'), '"Kim ""the elder"", Jr"');
    assert.equal(csvCell(["a", "b"]), "a; b");
    assert.equal(csvCell(null), "");
  });

  test("csv cells a spreadsheet would run as a formula are neutralised; numbers are not", () => {
    for (const formula of ["=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tx"]) assert.ok(csvCell(formula).replace(/^"/, "").startsWith("'"), formula);
    assert.equal(csvCell(-5), "-5");
    assert.equal(csvCell("Kim - the elder"), "Kim - the elder");
  });

  test("json: {people, events}; an unknown format is a usage error", async () => {
    const data = JSON.parse(await exportKnowledgeBase(kb.store, "json")) as { people: unknown[]; events: unknown[] };
    assert.deepEqual([data.people.length, data.events.length], [3, 4]);
    assert.throws(() => exportFormat("xml"), { code: "usage" });
  });
});
