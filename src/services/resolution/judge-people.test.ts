import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { mergePeople, undoJudgement } from "./judge-people.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("undo takes back a judgement given without a reason (why is null)", async () => {
    const id = await mergePeople(kb.store.db, { left: 1, right: 3, by: "analyst" });
    const undone = await undoJudgement(kb.store.db, "analyst");
    assert.equal(undone.undone, id);
    await assert.rejects(undoJudgement(kb.store.db, "analyst", undone.added), { code: "entity_not_found" }, "an undo is not itself undone");
  });
});
