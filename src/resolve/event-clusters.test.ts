import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterEvents, type EventRow } from "./event-clusters.js";

const row = (id: number, type: string, occurred: string | null, documentId = id): EventRow => ({ id, personId: 1, type, occurred, documentId });
const once = (t: string) => t === "execution";

test("reports of one event are one event: agreeing dates, an undated report, days at most a week apart", () => {
  const clusters = clusterEvents([row(1, "detention", "2016-08-17"), row(2, "detention", "2016-08"), row(3, "detention", null), row(4, "detention", "2016-08-12")], once);
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0].members.length, 4);
  assert.equal(clusters[0].conflict, undefined);
});

test("dates a week or more apart are two events, unless the type happens once, where they conflict", () => {
  assert.equal(clusterEvents([row(1, "detention", "2016-08-17"), row(2, "detention", "2016-08-01")], once).length, 2);
  assert.equal(clusterEvents([row(1, "detention", "2015"), row(2, "detention", "2016")], once).length, 2);
  const executions = clusterEvents([row(1, "execution", "2013-12-12"), row(2, "execution", "2013-11-01")], once);
  assert.equal(executions.length, 1);
  assert.ok(executions[0].conflict, "two dates for an execution are a contradiction to review");
});
