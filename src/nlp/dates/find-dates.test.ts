import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) =>
  findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value, ...(d.until ? [d.until] : [])]);
const valueOf = (text: string, ref?: string) => findDates(text, ref).map((d) => d.value);

test("dates resolved against the reference", () => {
  const cases: [string, string, string][] = [
    ["Wednesday", "2016-08-17", "2016-08-17"],
    ["last month", "2016-08-17", "2016-07"],
    ["in April", "2016-08-17", "2016-04"],
    ["on July 16 of this year", "2024-07-25", "2024-07-16"],
    ["last November", "2024-07-25", "2023-11"],
    ["in November", "2024-07-25", "2023-11"],
    ["Saturday", "2017-11-05", "2017-11-04"],
    ["Thursday", "2022-12-08", "2022-12-08"],
    ["last September", "2021-01-25", "2020-09"],
    ["in December", "2021-01-25", "2020-12"],
    ["Sunday", "2023-06-07", "2023-06-04"],
    ["late last year", "2014-07-30", "2013"],
    ["in August last year", "2021-08-18", "2020-08"],
    ["a month ago", "2006-11-24", "2006-10"],
    ["last week", "2011-11-29", "2011-11"],
    ["the end of June last year", "2021-04-08", "2020-06"],
    ["in mid-January", "2017-02-03", "2017-01"],
    ["Monday", "1989-12-26", "1989-12-25"],
    ["at 2121 UTC Thursday, November 23", "2006-11-24", "2006-11-23"],
    ["in the early hours of Thursday", "2022-12-08", "2022-12-08"],
    ["February of this year", "2024-07-25", "2024-02"],
    ["earlier this month", "2016-08-17", "2016-08"],
    ["yesterday", "2016-08-17", "2016-08-16"],
  ];
  for (const [text, ref, value] of cases) assert.deepEqual(valueOf(text, ref), [value], `${text} @ ${ref}`);
});

test("'In late November of that year' after 'in 2023'", () => {
  assert.deepEqual(valueOf("He fled in 2023. In late November of that year he was caught.", "2024-07-25"), ["2023", "2023-11"]);
});

test("absolute dates at the precision the text gives", () => {
  assert.deepEqual(found("December 2013"), [["December 2013", "2013-12"]]);
  assert.deepEqual(found("in 2019"), [["2019", "2019"]]);
  assert.deepEqual(found("August 17, 2016"), [["August 17, 2016", "2016-08-17"]]);
  assert.deepEqual(found("early 2020"), [["early 2020", "2020"]]);
});

test("ranges of years", () => {
  assert.deepEqual(found("from 2016 to 2019"), [["from 2016 to 2019", "2016", "2019"]]);
  assert.deepEqual(found("2016-2019"), [["2016-2019", "2016", "2019"]]);
  assert.deepEqual(found("between 2009 and 2017"), [["between 2009 and 2017", "2009", "2017"]]);
  assert.deepEqual(found("From 2003 to 2007, he"), [["From 2003 to 2007", "2003", "2007"]]);
  assert.deepEqual(found("the first six months of 2016"), [["first six months of 2016", "2016-01", "2016-06"]]);
});

test("ranges of months", () => {
  assert.deepEqual(found("from March to May 2019"), [["from March to May 2019", "2019-03", "2019-05"]]);
  assert.deepEqual(found("from August 2019 to March 2020"), [["from August 2019 to March 2020", "2019-08", "2020-03"]]);
});

test("the longest expression wins and results do not overlap", () => {
  const text = "On Tuesday, July 16, 2024, in 2016 and on 2016-08-17 and late 2018.";
  const dates = findDates(text, "2024-07-16");
  assert.deepEqual(dates.map((d) => text.slice(d.start, d.end)), ["Tuesday, July 16, 2024", "2016", "2016-08-17", "late 2018"]);
  for (let i = 1; i < dates.length; i++) assert.ok(dates[i - 1].end <= dates[i].start);
});

test("relative dates are marked", () => {
  const [absolute, relative] = findDates("In 2016 and last year.", "2020-01-01");
  assert.equal(absolute.relative, false);
  assert.equal(relative.relative, true);
});

test("spans are exact offsets into the text", () => {
  const text = "Kim was executed on 12 December 2013.";
  assert.deepEqual(findDates(text), [{ start: 20, end: 36, value: "2013-12-12", relative: false }]);
});

test("without a reference only dates with a year are kept", () => {
  assert.deepEqual(valueOf("On Wednesday, last month, in November, in 2019 and a year ago."), ["2019"]);
});

test("a reference known only to the year resolves what it can", () => {
  assert.deepEqual(valueOf("last year, in November, on Sunday", "2019"), ["2018"]);
});

test("numbers that are not dates", () => {
  assert.deepEqual(found("749 people, 10,000 laborers, 2121 UTC, the 57th anniversary, $1,500, Article 2019."), []);
  assert.deepEqual(found("Jang Song-thaek, 67, was executed."), []);
});

test("empty text", () => {
  assert.deepEqual(findDates("", "2020-01-01"), []);
});

test("a range of months takes its year from the second month", () => {
  assert.deepEqual(found("between November and February 2019"), [["between November and February 2019", "2018-11", "2019-02"]]);
  assert.deepEqual(found("during the January-March 2013 period"), [["January-March 2013", "2013-01", "2013-03"]]);
});
