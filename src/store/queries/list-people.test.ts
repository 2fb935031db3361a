import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { listPeople, personNames } from "./list-people.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("one entry per knowledge-base person, not per document", async () => {
    const people = await listPeople(kb.store.db);
    assert.deepEqual(people.map((p) => [p.id, p.name]), [[1, "Pak Chol Min"], [3, "Kim Yong Su"], [5, "Ri Sun Hui"]]);
  });

  test("a person's aliases, documents, titles, events, countries and dates", async () => {
    const [pak] = await listPeople(kb.store.db, [1]);
    assert.deepEqual(pak.aliases, ["Pak", "Pak Chol-min", "Mr Pak"]);
    assert.deepEqual(pak.documents, ["https://news.example.org/pak-defects", "articles/pak.txt", "https://mirror.example.net/pak"]);
    assert.deepEqual(pak.titles, ["deputy ambassador to Italy", "diplomat", "deputy ambassador"]);
    assert.deepEqual(pak.events, ["defection"]);
    assert.deepEqual(pak.countries, ["Italy"]);
    assert.equal(pak.first, "2019-09-04");
    assert.equal(pak.last, "2019-09-04");
  });

  test("a near-copy counts as a document but not as an independent source", async () => {
    const [pak] = await listPeople(kb.store.db, [1]);
    assert.equal(pak.documentCount, 3);
    assert.equal(pak.independentSources, 2);
  });

  test("first and last span a person's events", async () => {
    const [ri] = await listPeople(kb.store.db, [5]);
    assert.deepEqual([ri.first, ri.last], ["2016", "2016-05"]);
    assert.deepEqual(ri.events.sort(), ["detention", "execution"]);
    assert.deepEqual(ri.countries, ["North Korea"]);
  });

  test("personNames gives each person's canonical name", async () => {
    assert.deepEqual([...(await personNames(kb.store.db))], [[1, "Pak Chol Min"], [3, "Kim Yong Su"], [5, "Ri Sun Hui"]]);
  });
});
