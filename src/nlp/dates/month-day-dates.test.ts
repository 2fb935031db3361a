import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);

test("month, day and year", () => {
  assert.deepEqual(found("He defected on August 17, 2016, officials said."), [["August 17, 2016", "2016-08-17"]]);
  assert.deepEqual(found("on November 10, 2018"), [["November 10, 2018", "2018-11-10"]]);
  assert.deepEqual(found("Published Aug. 17, 2016"), [["Aug. 17, 2016", "2016-08-17"]]);
  assert.deepEqual(found("All News 15:27 February 03, 2017 (ATTN"), [["February 03, 2017", "2017-02-03"]]);
});

test("month and day take the year of the reference, into the past", () => {
  assert.deepEqual(found("It happened on Aug 17.", "2016-08-20"), [["Aug 17", "2016-08-17"]]);
  assert.deepEqual(found("He was arrested on September 25th in Tehran.", "2022-12-08"), [["September 25th", "2022-09-25"]]);
  assert.deepEqual(found("He left on December 20.", "2022-12-08"), [["December 20", "2021-12-20"]]);
  assert.deepEqual(found("SEOUL, Feb. 3 (Yonhap)", "2017-02-03"), [["Feb. 3", "2017-02-03"]]);
});

test("a weekday in front belongs to the date", () => {
  assert.deepEqual(found("died at 2121 UTC Thursday, November 23.", "2006-11-24"), [["Thursday, November 23", "2006-11-23"]]);
  assert.deepEqual(found("London late Thursday, November 23, three weeks", "2006-11-24"), [
    ["late Thursday, November 23", "2006-11-23"],
  ]);
  assert.deepEqual(found("TUESDAY, August 03, 2021 MOSCOW"), [["TUESDAY, August 03, 2021", "2021-08-03"]]);
});

test("'of this year' and 'of last year' name the year", () => {
  assert.deepEqual(found("on July 16 of this year", "2024-07-25"), [["July 16 of this year", "2024-07-16"]]);
  assert.deepEqual(found("on July 16 of last year", "2024-07-25"), [["July 16 of last year", "2023-07-16"]]);
});

test("no date without a year or a reference", () => {
  assert.deepEqual(found("Thursday, November 23"), []);
});

test("days that do not exist are not dates", () => {
  assert.deepEqual(found("on February 30, 2019"), [["2019", "2019"]]);
});

test("a number after a month that is not a day is not one", () => {
  assert.deepEqual(found("in June 1,000 people marched", "2019-08-01"), [["June", "2019-06"]]);
});
