import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);

test("a weekday is the most recent such day", () => {
  assert.deepEqual(found("authorities said Wednesday.", "2016-08-17"), [["Wednesday", "2016-08-17"]]);
  assert.deepEqual(found("detentions overnight Saturday", "2017-11-05"), [["overnight Saturday", "2017-11-04"]]);
  assert.deepEqual(found("last seen on Sunday leaving", "2023-06-07"), [["Sunday", "2023-06-04"]]);
  assert.deepEqual(found("were executed Monday after", "1989-12-26"), [["Monday", "1989-12-25"]]);
});

test("the reference weekday is the reference day", () => {
  assert.deepEqual(found("hanged on Thursday morning", "2022-12-08"), [["Thursday morning", "2022-12-08"]]);
  assert.deepEqual(found("Saturday", "2017-11-04"), [["Saturday", "2017-11-04"]]);
});

test("modifiers stay in the span", () => {
  assert.deepEqual(found("Late Wednesday night, dozens", "1997-02-13"), [["Late Wednesday night", "1997-02-12"]]);
  assert.deepEqual(found("in the early hours of Thursday,", "2022-12-08"), [["early hours of Thursday", "2022-12-08"]]);
  assert.deepEqual(found("Before dawn Sunday, the boxers", "2007-08-07"), [["Before dawn Sunday", "2007-08-05"]]);
});

test("'last Thursday' is before the reference day", () => {
  assert.deepEqual(found("last Thursday", "2022-12-08"), [["last Thursday", "2022-12-01"]]);
  assert.deepEqual(found("last Thursday", "2022-12-09"), [["last Thursday", "2022-12-08"]]);
});

test("'next Monday' and 'will … Wednesday' look ahead", () => {
  assert.deepEqual(found("next Monday", "2021-08-03"), [["next Monday", "2021-08-09"]]);
  assert.deepEqual(found("She will fly to Warsaw on Wednesday.", "2021-08-03"), [["Wednesday", "2021-08-04"]]);
  assert.deepEqual(found("He is expected to land Thursday.", "2021-08-03"), [["Thursday", "2021-08-05"]]);
});

test("past-tense plans stay in the past", () => {
  assert.deepEqual(found("She was scheduled to run on Monday.", "2021-08-03"), [["Monday", "2021-08-02"]]);
  assert.deepEqual(found("He is close to Kim and died on Sunday.", "2021-08-03"), [["Sunday", "2021-08-01"]]);
});

test("a possessive weekday is a date", () => {
  assert.deepEqual(found("in Wednesday's election", "2020-04-15"), [["Wednesday", "2020-04-15"]]);
});

test("weekdays need a reference known to the day", () => {
  assert.deepEqual(found("on Sunday"), []);
  assert.deepEqual(found("on Sunday", "2021-08"), []);
});

test("plural weekdays are habits, not dates", () => {
  assert.deepEqual(found("on Sundays", "2021-08-03"), []);
});

test("days and newspapers with names of their own are not dates", () => {
  assert.deepEqual(found("since Bloody Sunday and Black Friday", "2021-08-03"), []);
  assert.deepEqual(found("The Sunday Times and the Mail on Sunday reported", "2021-08-03"), []);
});

test("a place before a weekday does not stop it", () => {
  assert.deepEqual(found("at his home in Seoul Sunday, police said", "2010-10-10"), [["Sunday", "2010-10-10"]]);
});
