import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../open-store.js";
import { cachedView } from "./cached-view.js";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  const counting = () => {
    let builds = 0;
    return { build: async () => ++builds, get builds() { return builds; } };
  };

  test("a view is built once while the data stays the same; concurrent readers share the build", async () => {
    const view = counting();
    const [a, b] = await Promise.all([cachedView(kb.store.db, "test-once", view.build), cachedView(kb.store.db, "test-once", view.build)]);
    assert.equal(await cachedView(kb.store.db, "test-once", view.build), 1);
    assert.deepEqual([a, b, view.builds], [1, 1, 1]);
  });

  test("a write by this connection or by another one rebuilds the view", async () => {
    const view = counting();
    await cachedView(kb.store.db, "test-writes", view.build);
    await kb.store.db.updateTable("documents").set({ title: "Diplomat defects!" }).where("id", "=", 1).execute();
    assert.equal(await cachedView(kb.store.db, "test-writes", view.build), 2, "after a write here");
    const other = await openStore(kb.location);
    try {
      await other.db.updateTable("documents").set({ title: "Diplomat defects" }).where("id", "=", 1).execute();
    } finally {
      await other.close();
    }
    assert.equal(await cachedView(kb.store.db, "test-writes", view.build), 3, "after a commit by another connection");
    assert.equal(await cachedView(kb.store.db, "test-writes", view.build), 3);
  });

  test("a failed build is not kept", async () => {
    await assert.rejects(cachedView(kb.store.db, "test-fails", async () => { throw new Error("boom"); }), /boom/);
    assert.equal(await cachedView(kb.store.db, "test-fails", async () => "built"), "built");
  });
});
