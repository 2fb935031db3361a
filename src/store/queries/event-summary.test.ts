import { test } from "node:test";
import assert from "node:assert/strict";
import type { EventRow } from "./event-rows.js";
import { summarizeEvent, summarizeEvents } from "./event-summary.js";

/** One source's account in an independent document; undated unless it says otherwise. */
function row(over: Partial<EventRow>): EventRow {
  return {
    id: 1, event: 1, type: "defection", person: 1, actor: null, occurred: null, disclosed: null, place: null,
    start: 0, end: 10, attribution: null, certainty: "confirmed", title: null, published: null,
    documentId: 1, url: null, source: "a.txt", copyOf: null, review: "pending", corrected: [], ...over,
  };
}

test("an undated event stays undated: its first report is a figure of its own, never its date", () => {
  const undated = summarizeEvent([row({ published: "2021-01-22" }), row({ id: 2, documentId: 2, published: "2021-01-20" })]);
  assert.deepEqual([undated.occurred, undated.firstReported, undated.lagDays, undated.reportLagDays], [null, "2021-01-20", null, null]);
});

test("the disclosure lag counts only to a disclosure a source states; the days to the first report are apart", () => {
  const reported = summarizeEvent([row({ occurred: "2021-01-10", published: "2021-01-22" })]);
  assert.deepEqual([reported.lagDays, reported.reportLagDays], [null, 12]);
  const disclosed = summarizeEvent([row({ occurred: "2021-01-10", disclosed: "2021-01-15", published: "2021-01-22" })]);
  assert.deepEqual([disclosed.lagDays, disclosed.reportLagDays], [5, 12]);
});

test("certainty is what most sources say; confirmed wins a tie", () => {
  const e = summarizeEvent([row({ certainty: "reported" }), row({ id: 2, documentId: 2, certainty: "confirmed" })]);
  assert.equal(e.certainty, "confirmed");
  assert.equal(summarizeEvent([row({ certainty: "alleged" }), row({ id: 2, certainty: "alleged" }), row({ id: 3, certainty: "confirmed" })]).certainty, "alleged");
});

test("an event with an unnamed actor has no person; copies count once as independent sources", () => {
  const e = summarizeEvent([
    row({ person: null, actor: "a second worker", url: "https://a.example/1", documentId: 1 }),
    row({ id: 2, person: null, url: "https://b.example/1", documentId: 2, copyOf: 1 }),
  ]);
  assert.deepEqual([e.person, e.actor, e.sources, e.independentSources], [null, "a second worker", 2, 1]);
  assert.deepEqual(e.documents, ["https://a.example/1", "https://b.example/1"]);
});

test("rows of several events group by event id", () => {
  const events = summarizeEvents([row({ id: 3, event: 3 }), row({ id: 1, event: 1 }), row({ id: 4, event: 1, documentId: 2 })]);
  assert.deepEqual(events.map((e) => [e.id, e.sources]), [[1, 2], [3, 1]]);
});
