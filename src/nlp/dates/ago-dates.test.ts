import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);

test("months ago give a month", () => {
  assert.deepEqual(found("in Britain a month ago after", "2006-11-24"), [["a month ago", "2006-10"]]);
  assert.deepEqual(found("asylum about two months ago, and", "2013-10-25"), [["two months ago", "2013-08"]]);
});

test("years ago give a year", () => {
  assert.deepEqual(found("two years ago", "2020-04-15"), [["two years ago", "2018"]]);
  assert.deepEqual(found("the embassy opened 13 years ago.", "2016-08-16"), [["13 years ago", "2003"]]);
  assert.deepEqual(found("Four years ago", "1994-05-10"), [["Four years ago", "1990"]]);
  assert.deepEqual(found("a decade ago", "2020-04-15"), [["a decade ago", "2010"]]);
});

test("weeks ago give a month when the window allows, else a year", () => {
  assert.deepEqual(found("two weeks ago", "2016-08-30"), [["two weeks ago", "2016-08"]]);
  assert.deepEqual(found("disappeared several weeks ago.", "2016-08-17"), [["several weeks ago", "2016"]]);
  assert.deepEqual(found("several weeks ago", "2016-01-20"), []);
});

test("days ago give a day", () => {
  assert.deepEqual(found("three days ago", "2016-08-17"), [["three days ago", "2016-08-14"]]);
  assert.deepEqual(found("a few days ago", "2016-08-17"), [["a few days ago", "2016-08"]]);
});

test("vague counts of years give nothing", () => {
  assert.deepEqual(found("several years ago", "2016-08-17"), []);
});

test("'ago' needs a reference", () => {
  assert.deepEqual(found("two years ago"), []);
});

test("years ago this month, years ago today: the reference's month or day, years back", () => {
  assert.deepEqual(found("Fifty years ago this month, Pak was appointed", "2023-08-20"), [["Fifty years ago this month", "1973-08"]]);
  assert.deepEqual(found("Ten years ago today, Pak fled", "2023-08-20"), [["Ten years ago today", "2013-08-20"]]);
});
