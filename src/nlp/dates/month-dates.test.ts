import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);

test("month and year", () => {
  assert.deepEqual(found("executed in December 2013, the"), [["December 2013", "2013-12"]]);
  assert.deepEqual(found("In October 2009, a doctor"), [["October 2009", "2009-10"]]);
  assert.deepEqual(found("a party congress in early November 2012"), [["early November 2012", "2012-11"]]);
  assert.deepEqual(found("in Aug. 2016"), [["Aug. 2016", "2016-08"]]);
});

test("a month alone is read into the past from the reference", () => {
  assert.deepEqual(found("in April", "2016-08-17"), [["April", "2016-04"]]);
  assert.deepEqual(found("in November", "2024-07-25"), [["November", "2023-11"]]);
  assert.deepEqual(found("in December", "2021-01-25"), [["December", "2020-12"]]);
  assert.deepEqual(found("began in September but", "2022-12-08"), [["September", "2022-09"]]);
});

test("modifiers keep month precision and stay in the span", () => {
  assert.deepEqual(found("in mid-January", "2017-02-03"), [["mid-January", "2017-01"]]);
  assert.deepEqual(found("in late November.", "2021-01-25"), [["late November", "2020-11"]]);
  assert.deepEqual(found("at the end of September.", "2018-10-05"), [["end of September", "2018-09"]]);
});

test("'last November' is the one before the reference month", () => {
  assert.deepEqual(found("last November", "2024-07-25"), [["last November", "2023-11"]]);
  assert.deepEqual(found("South Korea last September, where", "2021-01-25"), [["last September", "2020-09"]]);
  assert.deepEqual(found("last November", "2024-11-25"), [["last November", "2023-11"]]);
  assert.deepEqual(found("where last December their predecessors", "1994-05-10"), [["last December", "1993-12"]]);
});

test("a month with a year word", () => {
  assert.deepEqual(found("February of this year", "2024-07-25"), [["February of this year", "2024-02"]]);
  assert.deepEqual(found("in August last year", "2021-08-18"), [["August last year", "2020-08"]]);
  assert.deepEqual(found("the end of June last year.", "2021-04-08"), [["end of June last year", "2020-06"]]);
  assert.deepEqual(found("in early November of last year", "2024-07-16"), [["early November of last year", "2023-11"]]);
  assert.deepEqual(found("In April this year, the", "2010-10-10"), [["April this year", "2010-04"]]);
});

test("'of that year' takes the year from the text", () => {
  assert.deepEqual(found("He left in 2023. In late November of that year he died.", "2024-07-25"), [
    ["2023", "2023"],
    ["late November of that year", "2023-11"],
  ]);
});

test("month names that are names or verbs are not months", () => {
  assert.deepEqual(found("May I ask? June said no.", "2020-01-01"), []);
  assert.deepEqual(found("Britain and May agreed.", "2020-01-01"), []);
  assert.deepEqual(found("Theresa May last year said", "2020-01-01"), [["last year", "2019"]]);
  assert.deepEqual(found("they march in protest", "2020-01-01"), []);
});

test("'in May' is a month", () => {
  assert.deepEqual(found("In May she left.", "2021-04-08"), [["May", "2020-05"]]);
});

test("without a reference, only months with a year are dates", () => {
  assert.deepEqual(found("in November, and in December 2019"), [["December 2019", "2019-12"]]);
});

test("abbreviations alone are not months", () => {
  assert.deepEqual(found("in Dec, said Jan", "2020-01-01"), []);
});
