import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { listEvents } from "./list-events.js";
import { timeline } from "./timeline.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("one entry per knowledge-base event, with its person", async () => {
    const events = await listEvents(kb.store.db);
    assert.deepEqual(events.map((e) => [e.id, e.type, e.person]), [[1, "defection", 1], [3, "appointment", 3], [5, "execution", 5], [6, "detention", 5]]);
  });

  test("an event's date is the most precise its sources agree on; its documents and sources", async () => {
    const [defection] = await listEvents(kb.store.db, { type: "defection" });
    assert.equal(defection.occurred, "2019-09-04");
    assert.equal(defection.disclosed, "2019-09-09");
    assert.deepEqual(defection.documents, ["https://news.example.org/pak-defects", "articles/pak.txt", "https://mirror.example.net/pak"]);
    assert.equal(defection.sources, 3);
    assert.equal(defection.independentSources, 2);
    assert.equal(defection.certainty, "confirmed");
    assert.deepEqual(defection.places, ["Italy"]);
  });

  test("the disclosure lag counts to a stated disclosure only; the days to the first report apart; none at year precision", async () => {
    const events = await listEvents(kb.store.db);
    const lag = new Map(events.map((e) => [e.type, e.lagDays]));
    assert.equal(lag.get("defection"), 5, "4 to 9 September");
    assert.equal(lag.get("detention"), null, "no source states when it was disclosed");
    assert.equal(events.find((e) => e.type === "detention")!.reportLagDays, 45, "1 May to the report of 15 June");
    assert.equal(lag.get("execution"), null, "2016 is only a year");
    assert.equal(lag.get("appointment"), null);
  });

  test("filters by type and by person", async () => {
    assert.deepEqual((await listEvents(kb.store.db, { person: 5 })).map((e) => e.type), ["execution", "detention"]);
    assert.deepEqual((await listEvents(kb.store.db, { type: "detention" })).map((e) => e.id), [6]);
    assert.deepEqual(await listEvents(kb.store.db, { type: "coronation" }), []);
    assert.deepEqual(await listEvents(kb.store.db, { person: 999 }), []);
  });

  test("the timeline runs in date order, a year before its months", async () => {
    const events = await timeline(kb.store.db);
    assert.deepEqual(events.map((e) => e.occurred), ["2016", "2016-05", "2018", "2019-09-04"]);
  });
});
