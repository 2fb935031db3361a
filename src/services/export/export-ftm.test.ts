import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";
import { ftmEntities, type FtmEntity } from "./export-ftm.js";

// FollowTheMoney's own data model, as its JavaScript package ships it (a development dependency)
const ftm = createRequire(import.meta.url)("@alephdata/followthemoney") as {
  Model: new (spec: unknown) => FtmModel;
  defaultModel: unknown;
};
interface FtmSchema { name: string; abstract: boolean; isA(other: FtmSchema): boolean; getProperties(): Map<string, FtmProperty> }
interface FtmProperty { name: string; type: { name: string; values?: Map<string, string> }; getRange(): FtmSchema | undefined }
interface FtmModel { getSchema(name: string): FtmSchema }

const model = new ftm.Model(ftm.defaultModel);
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Every problem of an export against the model: unknown or abstract schemata, unknown properties, values of the wrong type, references to missing or wrong entities. */
function problems(entities: FtmEntity[]): string[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const found: string[] = [];
  for (const e of entities) {
    let schema: FtmSchema;
    try { schema = model.getSchema(e.schema); } catch { found.push(`${e.id}: no schema ${e.schema}`); continue; }
    if (schema.abstract) found.push(`${e.id}: ${e.schema} is abstract`);
    const props = schema.getProperties();
    for (const [name, values] of Object.entries(e.properties)) {
      const prop = props.get(name);
      if (!prop) { found.push(`${e.id}: ${e.schema} has no property ${name}`); continue; }
      for (const v of values) {
        const type = prop.type.name;
        if (type === "entity") {
          const target = byId.get(v);
          const range = prop.getRange();
          if (!target) found.push(`${e.id}.${name}: ${v} is not in the export`);
          else if (range && !model.getSchema(target.schema).isA(range)) found.push(`${e.id}.${name}: ${target.schema} is not a ${range.name}`);
        } else if (type === "date" && !ISO_DATE.test(v)) found.push(`${e.id}.${name}: "${v}" is not a date`);
        else if (type === "country" && !prop.type.values?.has(v)) found.push(`${e.id}.${name}: "${v}" is not a country code`);
        else if (type === "url" && !/^https?:\/\/\S+$/.test(v)) found.push(`${e.id}.${name}: "${v}" is not a URL`);
      }
    }
  }
  return found;
}

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("the FtM export is valid in FollowTheMoney's own model: schemata, properties, value types, references", async () => {
    const entities = await ftmEntities(kb.store);
    assert.deepEqual(problems(entities), []);
    const schemata = new Set(entities.map((e) => e.schema));
    for (const s of ["Document", "Person", "Position", "Occupancy", "Event", "Mention", "Documentation"]) assert.ok(schemata.has(s), s);
  });

  test("an event carries date, involved and location; its sources carry the quote, offsets and URL", async () => {
    const entities = await ftmEntities(kb.store);
    const defection = entities.find((e) => e.id === "dossier-event-1")!;
    assert.deepEqual([defection.properties.date, defection.properties.involved, defection.properties.location], [["2019-09-04"], ["dossier-person-1"], ["Italy"]]);
    const doc = entities.find((e) => e.schema === "Documentation" && e.properties.entity[0] === "dossier-event-1" && e.properties.document[0] === "dossier-document-1")!;
    assert.match(doc.properties.summary[0], /^Pak Chol Min, the deputy ambassador to Italy, defected on 4 September 2019/);
    assert.match(doc.properties.description[0], /^characters 0-\d+ of the document's stored text$/);
    assert.deepEqual(doc.properties.sourceUrl, ["https://news.example.org/pak-defects"]);
    const post = entities.find((e) => e.schema === "Occupancy" && e.properties.holder[0] === "dossier-person-1")!;
    assert.equal(entities.find((e) => e.id === post.properties.post[0])?.schema, "Position");
    assert.ok(entities.some((e) => e.schema === "Mention" && e.properties.resolved[0] === "dossier-person-1" && e.properties.name[0] === "Pak Chol-min"));
  });

  test("a check that finds what is wrong: a made-up property, a bad date and a dangling reference", () => {
    const bad: FtmEntity[] = [{ id: "x", schema: "Event", properties: { colour: ["red"], date: ["last week"], involved: ["nobody"] } }];
    assert.equal(problems(bad).length, 3);
  });
});
