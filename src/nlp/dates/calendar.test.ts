import { test } from "node:test";
import assert from "node:assert/strict";
import { daysInMonth, fromDays, sharedDate, shiftMonth, toDays, weekdayOfDays } from "./calendar.js";

test("days since 1970 go there and back", () => {
  assert.deepEqual(fromDays(toDays(2016, 8, 17)), { y: 2016, m: 8, d: 17 });
  assert.deepEqual(fromDays(toDays(2021, 3, 1) - 1), { y: 2021, m: 2, d: 28 });
});

test("weekdays count from Sunday", () => {
  assert.equal(weekdayOfDays(toDays(2016, 8, 17)), 3); // a Wednesday
  assert.equal(weekdayOfDays(toDays(2017, 11, 5)), 0); // a Sunday
  assert.equal(weekdayOfDays(toDays(1969, 12, 31)), 3); // before the epoch too
});

test("months shift across years", () => {
  assert.deepEqual(shiftMonth(2021, 1, -2), { y: 2020, m: 11 });
  assert.deepEqual(shiftMonth(2020, 12, 1), { y: 2021, m: 1 });
});

test("February has 29 days in leap years only", () => {
  assert.equal(daysInMonth(2016, 2), 29);
  assert.equal(daysInMonth(2019, 2), 28);
});

test("a window keeps only the precision both ends share", () => {
  assert.equal(sharedDate({ y: 2016, m: 8, d: 3 }, { y: 2016, m: 8, d: 9 }), "2016-08");
  assert.equal(sharedDate({ y: 2016, m: 7, d: 28 }, { y: 2016, m: 8, d: 3 }), "2016");
  assert.equal(sharedDate({ y: 2015, m: 12, d: 29 }, { y: 2016, m: 1, d: 4 }), undefined);
  assert.equal(sharedDate({ y: 2016, m: 8, d: 3 }, { y: 2016, m: 8, d: 3 }), "2016-08-03");
  assert.equal(sharedDate({ y: 2016, m: 8, d: 3 }, { y: 2016, m: 8, d: 3 }, "month"), "2016-08");
});
