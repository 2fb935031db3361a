import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);

test("day, month and year", () => {
  assert.deepEqual(found("born 10 June 1970."), [["10 June 1970", "1970-06-10"]]);
  assert.deepEqual(found("Washington, 26 August 1997 (RFE/RL)"), [["26 August 1997", "1997-08-26"]]);
  assert.deepEqual(found("since 2017.\n25 January, 2021"), [["2017", "2017"], ["25 January, 2021", "2021-01-25"]]);
  assert.deepEqual(found("on 17 Aug 2016"), [["17 Aug 2016", "2016-08-17"]]);
});

test("a weekday in front belongs to the date", () => {
  assert.deepEqual(found("Foreign Secretary Monday 13 November 2023 Five"), [["Monday 13 November 2023", "2023-11-13"]]);
});

test("'the 17th of August' without 'the'", () => {
  assert.deepEqual(found("on the 17th of August", "2016-09-01"), [["17th of August", "2016-08-17"]]);
  assert.deepEqual(found("on the 1st of May 2019"), [["1st of May 2019", "2019-05-01"]]);
});

test("day and month take the year of the reference", () => {
  assert.deepEqual(found("Sepang, Malaysia, 14 February", "2017-02-14"), [["14 February", "2017-02-14"]]);
  assert.deepEqual(found("crashed on 23 August, while", "2023-08-27"), [["23 August", "2023-08-23"]]);
});

test("a number that ends another number is not a day", () => {
  assert.deepEqual(found("some 2,13 November", "2019-12-01"), []);
});
