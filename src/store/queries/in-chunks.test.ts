import { test } from "node:test";
import assert from "node:assert/strict";
import { loadEventRows } from "./event-rows.js";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { loadPersonRows } from "./person-rows.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  /** 0, 1, …, 1999: more ids than one IN list takes. */
  const many = [...Array(2000).keys()];

  test("long id lists are queried in chunks, and rows come back in id order", async () => {
    assert.deepEqual((await loadPersonRows(kb.store.db, many)).map((r) => r.id), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual((await loadEventRows(kb.store.db, { events: many })).map((r) => r.id), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual((await loadEventRows(kb.store.db, { people: many.reverse(), type: "defection" })).map((r) => r.id), [1, 2, 4]);
  });

  test("rows not yet resolved (person_id and event_id null) stand for themselves", async () => {
    await kb.store.db.updateTable("doc_people").set({ person_id: null }).where("id", "=", 3).execute();
    await kb.store.db.updateTable("doc_events").set({ event_id: null }).where("id", "=", 3).execute();
    try {
      assert.deepEqual((await loadPersonRows(kb.store.db, [3])).map((r) => [r.id, r.person]), [[3, 3]]);
      assert.deepEqual((await loadEventRows(kb.store.db, { events: [3] })).map((r) => [r.id, r.event, r.person]), [[3, 3, 3]]);
    } finally {
      await kb.store.db.updateTable("doc_people").set({ person_id: 3 }).where("id", "=", 3).execute();
      await kb.store.db.updateTable("doc_events").set({ event_id: 3 }).where("id", "=", 3).execute();
    }
  });
});
