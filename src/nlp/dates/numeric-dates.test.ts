import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) =>
  findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value, ...(d.until ? [d.until] : [])]);

test("ISO dates", () => {
  assert.deepEqual(found("Posted : 2010-10-10 17:17"), [["2010-10-10", "2010-10-10"]]);
  assert.deepEqual(found("on 2016-08-17."), [["2016-08-17", "2016-08-17"]]);
});

test("year-first dates with slashes", () => {
  assert.deepEqual(found("Published: 2020/1/19 22:10"), [["2020/1/19", "2020-01-19"]]);
});

test("day-first and month-first dates where the order is certain", () => {
  assert.deepEqual(found("on 17.08.2016"), [["17.08.2016", "2016-08-17"]]);
  assert.deepEqual(found("on 8/17/2016"), [["8/17/2016", "2016-08-17"]]);
  assert.deepEqual(found("on 17/8/2016"), [["17/8/2016", "2016-08-17"]]);
  assert.deepEqual(found("on 3/4/2016"), [["3/4/2016", "2016"]]);
});

test("impossible dates are not dates", () => {
  assert.deepEqual(found("code 2016-13-45 and 2019-02-29"), []);
});

test("a dash between years is a range", () => {
  assert.deepEqual(found("the 2,000 mark from 2006-2011."), [["2006-2011", "2006", "2011"]]);
  assert.deepEqual(found("from 2016–2019"), [["2016–2019", "2016", "2019"]]);
  assert.deepEqual(found("the 1950-53 Korean War"), [["1950-53", "1950", "1953"]]);
  assert.deepEqual(found("the 2019-20 season"), [["2019-20", "2019", "2020"]]);
});

test("a dash between numbers that do not run forward is no range", () => {
  assert.deepEqual(found("score 2019-12 today"), []);
});
