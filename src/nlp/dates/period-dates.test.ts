import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) =>
  findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value, d.until]);

test("the first months of a year", () => {
  assert.deepEqual(found("in the first six months of 2016,"), [["first six months of 2016", "2016-01", "2016-06"]]);
  assert.deepEqual(found("in the first three months of 2013 from"), [["first three months of 2013", "2013-01", "2013-03"]]);
});

test("halves and quarters", () => {
  assert.deepEqual(found("the first half of 2016"), [["first half of 2016", "2016-01", "2016-06"]]);
  assert.deepEqual(found("the second half of 2016"), [["second half of 2016", "2016-07", "2016-12"]]);
  assert.deepEqual(found("the third quarter of 2019"), [["third quarter of 2019", "2019-07", "2019-09"]]);
  assert.deepEqual(found("the last quarter of 2019"), [["last quarter of 2019", "2019-10", "2019-12"]]);
  assert.deepEqual(found("the last three months of 2019"), [["last three months of 2019", "2019-10", "2019-12"]]);
});

test("parts of a year named from the reference", () => {
  assert.deepEqual(found("the first half of last year", "2021-04-08"), [["first half of last year", "2020-01", "2020-06"]]);
});

test("parts that do not fit a year are not dates", () => {
  assert.deepEqual(found("the first 14 months of 2016"), [["2016", "2016", undefined]]);
  assert.deepEqual(found("the second six months of 2016"), [["2016", "2016", undefined]]);
});
