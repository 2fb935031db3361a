import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveDayOfMonth } from "./day-of-month.js";
import { parseReference } from "./reference.js";

const ref = parseReference("2024-07-25");

test("a day with its year is absolute", () => {
  assert.deepEqual(resolveDayOfMonth(undefined, 8, 17, "2016"), { value: "2016-08-17", relative: false });
});

test("a day without a year takes the reference year, or the one before", () => {
  assert.deepEqual(resolveDayOfMonth(ref, 7, 16), { value: "2024-07-16", relative: true, bare: "-07-16" });
  assert.deepEqual(resolveDayOfMonth(ref, 7, 30), { value: "2023-07-30", relative: true, bare: "-07-30" });
});

test("year words", () => {
  assert.deepEqual(resolveDayOfMonth(ref, 7, 30, undefined, "this"), { value: "2024-07-30", relative: true });
  assert.deepEqual(resolveDayOfMonth(ref, 7, 16, undefined, "last"), { value: "2023-07-16", relative: true });
  assert.deepEqual(resolveDayOfMonth(undefined, 7, 16, undefined, "that"), {
    relative: true,
    anaphor: { shift: 0, suffix: "-07-16" },
  });
});

test("days that do not exist", () => {
  assert.equal(resolveDayOfMonth(undefined, 2, 29, "2019"), undefined);
  assert.equal(resolveDayOfMonth(ref, 4, 31), undefined);
  assert.deepEqual(resolveDayOfMonth(undefined, 2, 29, "2016"), { value: "2016-02-29", relative: false });
});

test("no year and no reference: nothing", () => {
  assert.equal(resolveDayOfMonth(undefined, 7, 16), undefined);
});
