import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { searchKb } from "./search-kb.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("finds people by the start of a name, once per person, with a snippet", async () => {
    const { people } = await searchKb(kb.store.db, "Pak");
    assert.deepEqual(people.map((p) => [p.id, p.name]), [[1, "Pak Chol Min"]]);
    assert.match(people[0].snippet, /«Pak/);
  });

  test("finds documents by their words, with a snippet", async () => {
    const { documents } = await searchKb(kb.store.db, "camp");
    assert.deepEqual(documents.map((d) => d.document), ["https://daily.example.com/ri-detained"]);
    assert.match(documents[0].snippet, /«camp»/);
  });

  test("SQL and FTS5 syntax in the text is inert", async () => {
    for (const text of ['"; DROP TABLE documents; --', "pak OR ri", "NEAR(pak ri)", "title:camp", "*", '"', "'; --"]) {
      const results = await searchKb(kb.store.db, text);
      assert.ok(Array.isArray(results.people) && Array.isArray(results.documents), text);
    }
    assert.deepEqual(await searchKb(kb.store.db, "pak OR ri"), { people: [], documents: [] }, "OR is a word, not an operator");
    const count = await kb.store.db.selectFrom("documents").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 5);
  });

  test("text with no words finds nothing", async () => {
    assert.deepEqual(await searchKb(kb.store.db, "  -- ; "), { people: [], documents: [] });
  });
});
