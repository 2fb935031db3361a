import { test } from "node:test";
import assert from "node:assert/strict";
import { countRange, isFullMonthName, monthNumber, weekdayNumber } from "./lexicon.js";

test("month names and abbreviations have numbers", () => {
  assert.equal(monthNumber("Sept."), 9);
  assert.equal(monthNumber("NOVEMBER"), 11);
  assert.equal(monthNumber("Aug"), 8);
  assert.equal(monthNumber("Monday"), 0);
});

test("abbreviations are not full month names", () => {
  assert.ok(isFullMonthName("May"));
  assert.ok(isFullMonthName("JUNE"));
  assert.ok(!isFullMonthName("Jun"));
  assert.ok(!isFullMonthName("Sept"));
});

test("weekdays count from Sunday", () => {
  assert.equal(weekdayNumber("Sunday"), 0);
  assert.equal(weekdayNumber("SATURDAY"), 6);
});

test("counts, exact and vague", () => {
  assert.deepEqual(countRange("a"), [1, 1]);
  assert.deepEqual(countRange("Two"), [2, 2]);
  assert.deepEqual(countRange("13"), [13, 13]);
  assert.deepEqual(countRange("several"), [3, 7]);
  assert.equal(countRange("0"), undefined);
});
