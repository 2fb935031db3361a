import { test } from "node:test";
import assert from "node:assert/strict";
import { parseReference, pastYearOfDay, pastYearOfMonth, weekdayDate } from "./reference.js";

const ref = (value: string) => parseReference(value)!;

test("a reference keeps the precision it is given", () => {
  assert.deepEqual(parseReference("2016-08-17"), { y: 2016, m: 8, d: 17 });
  assert.deepEqual(parseReference("2016-08"), { y: 2016, m: 8, d: undefined });
  assert.deepEqual(parseReference("2016-08-17T10:00:00Z"), { y: 2016, m: 8, d: 17 });
  assert.equal(parseReference(undefined), undefined);
  assert.equal(parseReference("unknown"), undefined);
});

test("a month without a year is the most recent one", () => {
  assert.equal(pastYearOfMonth(ref("2024-07-25"), 11), 2023);
  assert.equal(pastYearOfMonth(ref("2016-08-17"), 4), 2016);
  assert.equal(pastYearOfMonth(ref("2016-08-17"), 8), 2016);
  assert.equal(pastYearOfMonth(ref("2016-08-17"), 8, true), 2015);
  assert.equal(pastYearOfMonth(ref("2016"), 8), undefined);
});

test("a day without a year is the most recent one", () => {
  assert.equal(pastYearOfDay(ref("2006-11-24"), 11, 23), 2006);
  assert.equal(pastYearOfDay(ref("2006-11-24"), 11, 25), 2005);
  assert.equal(pastYearOfDay(ref("2006-11-24"), 12, 1), 2005);
});

test("weekdays read from the reference day", () => {
  assert.equal(weekdayDate(ref("2017-11-05"), 6, "past"), "2017-11-04"); // Saturday, read on a Sunday
  assert.equal(weekdayDate(ref("2022-12-08"), 4, "past"), "2022-12-08"); // Thursday, read on a Thursday
  assert.equal(weekdayDate(ref("2022-12-08"), 4, "before"), "2022-12-01");
  assert.equal(weekdayDate(ref("2021-08-03"), 3, "coming"), "2021-08-04");
  assert.equal(weekdayDate(ref("2021-08-03"), 2, "after"), "2021-08-10");
  assert.equal(weekdayDate(ref("2021-08"), 2, "past"), undefined);
});
