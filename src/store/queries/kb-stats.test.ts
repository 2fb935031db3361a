import { test } from "node:test";
import assert from "node:assert/strict";
import { kbStats } from "./kb-stats.js";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("counts documents, people and events, events by type and year, and the median lag", async () => {
    const stats = await kbStats(kb.store.db);
    assert.deepEqual([stats.documents, stats.people, stats.events], [5, 3, 4]);
    assert.deepEqual(stats.eventsByTypeAndYear, [
      { type: "appointment", year: "2018", events: 1 },
      { type: "defection", year: "2019", events: 1 },
      { type: "detention", year: "2016", events: 1 },
      { type: "execution", year: "2016", events: 1 },
    ]);
    assert.equal(stats.medianLagDays, 5, "the one stated disclosure, 5 days after the event");
    assert.equal(stats.eventsWithLag, 1);
    assert.equal(stats.medianReportLagDays, 25.5, "the median of 6 and 45 days to the first report");
    assert.equal(stats.eventsWithReportLag, 2);
  });
});
