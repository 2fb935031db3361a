import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { listConflicts } from "./list-conflicts.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("open contradictions only, each with both quotes and their documents", async () => {
    const conflicts = await listConflicts(kb.store.db);
    assert.equal(conflicts.length, 1);
    const [c] = conflicts;
    assert.equal(c.person, 5, "the person of the events, from the references");
    assert.equal(c.subject, "event:5");
    assert.equal(c.detail, "executed in 2016, but alive in a camp");
    assert.equal(c.left.quote, "Vice minister of culture Ri Sun Hui was executed in 2016, according to a defector group.");
    assert.equal(c.right.quote, "Ri Sun-hui was detained in May 2016 and is alive in a camp, a source said.");
    assert.equal(c.left.document, "https://news.example.org/ri-executed");
    assert.equal(c.right.published, "2016-06-15");
  });

  test("a reference the store cannot place keeps its text and has no quote", async () => {
    const item = { kind: "contradiction" as const, subject: "person:3", detail: "?", status: "open" as const, created_at: "2024-01-03T00:00:00Z" };
    await kb.store.db.insertInto("review_items").values({ ...item, left_ref: "doc_person:1", right_ref: "somewhere:7" }).execute();
    try {
      const added = (await listConflicts(kb.store.db)).at(-1)!;
      assert.equal(added.left.quote, "Pak Chol Min", "a doc_person's first mention");
      assert.equal(added.person, 3, "a person:N subject names the person");
      assert.deepEqual([added.right.ref, added.right.quote, added.right.documentId], ["somewhere:7", null, null]);
    } finally {
      await kb.store.db.deleteFrom("review_items").where("subject", "=", "person:3").execute();
    }
  });
});
