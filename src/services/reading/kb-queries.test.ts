import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { conflictList, eventList, peopleList, personDetail, searchKnowledgeBase, statsOf, timelineList } from "./kb-queries.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  const ids = (rows: { id: number }[]): number[] => rows.map((r) => r.id);

  test("people filtered by event type and by country, ignoring case", async () => {
    assert.deepEqual(ids(await peopleList(kb.store, { event: "Defection" })), [1]);
    assert.deepEqual(ids(await peopleList(kb.store, { country: "north korea", sort: "name" })), [5]);
    assert.deepEqual(await peopleList(kb.store, { event: "election" }), [], "a known type nobody has");
  });

  test("an event type or country nobody could match is a usage error naming the valid values", async () => {
    await assert.rejects(peopleList(kb.store, { event: "coronation" }), { code: "usage", message: /unknown event type "coronation" for --event; valid: defection, execution, .*repatriation/ });
    await assert.rejects(eventList(kb.store, { type: "defektion" }), { code: "usage", message: /--type; valid: defection,/ });
    await assert.rejects(timelineList(kb.store, { type: "coronation" }), { code: "usage" });
    await assert.rejects(peopleList(kb.store, { country: "Narnia" }), { code: "usage", message: /"Narnia" \(--country\); valid \(the countries of its events\): .*Italy.*North Korea/ });
    await assert.rejects(timelineList(kb.store, { country: "Narnia" }), { code: "usage" });
  });

  test("people sorted by name, rank, date or independent sources", async () => {
    assert.deepEqual(ids(await peopleList(kb.store, { sort: "name" })), [3, 1, 5]);
    assert.deepEqual(ids(await peopleList(kb.store, { sort: "sources" })), [1, 5, 3]);
    assert.deepEqual(ids(await peopleList(kb.store, { sort: "date" })), [5, 3, 1]);
    const ranked = await peopleList(kb.store, { sort: "rank" });
    assert.deepEqual(ranked.map((p) => [p.id, p.rank]), [[5, 68], [3, 65], [1, 55]], "vice minister, ambassador, deputy ambassador");
  });

  test("a person by name, alias or id; an unknown one is entity_not_found", async () => {
    assert.equal((await personDetail(kb.store, "Pak Chol-min")).person.id, 1);
    assert.equal((await personDetail(kb.store, "5")).person.name, "Ri Sun Hui");
    await assert.rejects(personDetail(kb.store, "Nobody Atall"), { code: "entity_not_found" });
  });

  test("events carry their person's name; --person takes a name", async () => {
    const events = await eventList(kb.store, { person: "ri sun-hui" });
    assert.deepEqual(events.map((e) => [e.type, e.person, e.personName]), [["execution", 5, "Ri Sun Hui"], ["detention", 5, "Ri Sun Hui"]]);
    await assert.rejects(eventList(kb.store, { person: "Nobody Atall" }), { code: "entity_not_found" });
  });

  test("timeline, search, conflicts and stats", async () => {
    assert.deepEqual((await timelineList(kb.store)).map((e) => e.personName), ["Ri Sun Hui", "Ri Sun Hui", "Kim Yong Su", "Pak Chol Min"]);
    assert.deepEqual((await searchKnowledgeBase(kb.store, "Yonhap")).documents.map((d) => d.document), ["articles/pak.txt"]);
    await assert.rejects(searchKnowledgeBase(kb.store, "  "), { code: "usage" });
    assert.equal((await conflictList(kb.store)).length, 1);
    assert.equal((await statsOf(kb.store)).medianLagDays, 5);
  });

  test("the timeline filtered by type, country and years, with the dated events apart", async () => {
    const { timelineSelection, eventCountries, eventsMatching } = await import("./kb-queries.js");
    const all = await timelineSelection(kb.store);
    assert.deepEqual(all.events.map((e) => e.type), ["execution", "detention", "appointment", "defection"]);
    assert.deepEqual(all.datedTypes, ["execution", "detention", "appointment", "defection"]);
    assert.deepEqual((await timelineSelection(kb.store, { type: "EXECUTION" })).events.map((e) => e.id), [5]);
    assert.deepEqual((await timelineSelection(kb.store, { country: "north korea", from: 2016, to: 2016 })).events.map((e) => e.id), [5, 6]);
    assert.deepEqual((await timelineSelection(kb.store, { from: 2018 })).events.map((e) => e.id), [3, 1]);
    assert.deepEqual((await timelineSelection(kb.store, { type: "coronation" })).events, []);
    assert.deepEqual(await eventCountries(kb.store), ["Italy", "North Korea"]);
    assert.deepEqual((await eventsMatching(kb.store, "ri sun hui execution", 50)).map((e) => e.id), [5]);
    assert.deepEqual((await eventsMatching(kb.store, "NORTH korea", 1)).map((e) => e.id), [5], "the first `limit`, in id order");
    assert.deepEqual(await eventsMatching(kb.store, "yonhap coronation", 50), []);
  });
});
