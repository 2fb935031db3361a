import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);

test("yesterday, today, tonight", () => {
  assert.deepEqual(found("they were flown yesterday to", "1997-08-26"), [["yesterday", "1997-08-25"]]);
  assert.deepEqual(found("Officials in Seoul today said", "1997-08-26"), [["today", "1997-08-26"]]);
  assert.deepEqual(found("Film shown early today on", "1989-12-26"), [["early today", "1989-12-26"]]);
  assert.deepEqual(found("the day before yesterday", "1989-12-26"), [["the day before yesterday", "1989-12-24"]]);
  assert.deepEqual(found("“This morning Hwang visited", "1997-02-13"), [["This morning", "1997-02-13"]]);
  assert.deepEqual(found("died last night", "1997-02-13"), [["last night", "1997-02-12"]]);
});

test("a newspaper called Today is not a date", () => {
  assert.deepEqual(found("told USA Today that", "2020-01-01"), []);
});

test("this, last and next month", () => {
  assert.deepEqual(found("last month", "2016-08-17"), [["last month", "2016-07"]]);
  assert.deepEqual(found("vanished earlier this month with", "2016-08-16"), [["earlier this month", "2016-08"]]);
  assert.deepEqual(found("last month", "2021-01-25"), [["last month", "2020-12"]]);
});

test("this, last and next year", () => {
  assert.deepEqual(found("this year", "2024-07-25"), [["this year", "2024"]]);
  assert.deepEqual(found("last year", "2024-07-25"), [["last year", "2023"]]);
  assert.deepEqual(found("Earlier this year, a diplomat", "2016-08-17"), [["Earlier this year", "2016"]]);
  assert.deepEqual(found("detained late last year, but", "2014-07-30"), [["late last year", "2013"]]);
  assert.deepEqual(found("it was mid-last year when", "2024-07-16"), [["mid-last year", "2023"]]);
  assert.deepEqual(found("by the end of last year", "2024-07-16"), [["end of last year", "2023"]]);
});

test("weeks", () => {
  assert.deepEqual(found("died last week of colon cancer", "2011-11-29"), [["last week", "2011-11"]]);
  assert.deepEqual(found("said this week that", "2019-01-30"), [["this week", "2019-01"]]);
});

test("'last year' after a possessive is not a date", () => {
  assert.deepEqual(found("in his last year as president", "2020-01-01"), []);
  assert.deepEqual(found("over the last year", "2020-01-01"), []);
});

test("without a reference, nothing relative", () => {
  assert.deepEqual(found("yesterday, last month, this year"), []);
});

test("last, this and next season: a year, the season past once its three months are", () => {
  assert.deepEqual(found("fled last summer with", "2023-02-10"), [["last summer", "2022"]]);
  assert.deepEqual(found("fled last summer with", "2023-10-10"), [["last summer", "2023"]]);
  assert.deepEqual(found("expected next spring", "2023-10-10"), [["next spring", "2024"]]);
  assert.deepEqual(found("arrested this autumn", "2023-10-10"), [["this autumn", "2023"]]);
  assert.deepEqual(found("his last summer at home", "2023-10-10"), []);
  assert.deepEqual(found("last winter", "2023-02-10"), []);
});

test("on the 15th: a day of the reference's month, or of the month before when it is still to come", () => {
  assert.deepEqual(found("sworn in on the 15th after weeks", "2019-03-20"), [["the 15th", "2019-03-15"]]);
  assert.deepEqual(found("arrested on the 28th, his lawyer said", "2019-03-20"), [["the 28th", "2019-02-28"]]);
  assert.deepEqual(found("on the 15th floor", "2019-03-20"), []);
  assert.deepEqual(found("on the 15th anniversary of", "2019-03-20"), []);
});

test("on the 14th after a date written out to the month: a day of that month", () => {
  assert.deepEqual(found("On September 5, 1960, the president spoke; on the 14th, the army seized power.", "2011-01-17"), [["September 5, 1960", "1960-09-05"], ["the 14th", "1960-09-14"]]);
});
