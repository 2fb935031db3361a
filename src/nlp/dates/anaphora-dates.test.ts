import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);

test("'that year' is the year of the closest date before it", () => {
  assert.deepEqual(found("He arrived in 2016. That year, he left."), [["2016", "2016"], ["That year", "2016"]]);
  assert.deepEqual(found("In March 2011 he was promoted; in the same year he fell."), [
    ["March 2011", "2011-03"],
    ["the same year", "2011"],
  ]);
});

test("years later and earlier", () => {
  assert.deepEqual(found("in 1984 she returned, and redefected only two years later."), [
    ["1984", "1984"],
    ["two years later", "1986"],
  ]);
  assert.deepEqual(found("elected in 2012 and ousted a year later by the military"), [
    ["2012", "2012"],
    ["a year later", "2013"],
  ]);
  assert.deepEqual(found("detained in 2021 for a person killed two years earlier"), [
    ["2021", "2021"],
    ["two years earlier", "2019"],
  ]);
});

test("the year before and the following year", () => {
  assert.deepEqual(found("In 2013 he won; the year before, he lost."), [["2013", "2013"], ["the year before", "2012"]]);
  assert.deepEqual(found("In 2013 he won. The following year he lost."), [["2013", "2013"], ["The following year", "2014"]]);
});

test("'years before' a clause is not anaphoric", () => {
  assert.deepEqual(found("In 2013 he won, two years after Kim died."), [["2013", "2013"]]);
});

test("spans of time are not years", () => {
  assert.deepEqual(found("In 2013 he won. Over the next year he lost."), [["2013", "2013"]]);
});

test("vague counts give nothing", () => {
  assert.deepEqual(found("In 2013 he won. Several years later he lost."), [["2013", "2013"]]);
});

test("without a date before it, 'that year' is dropped", () => {
  assert.deepEqual(found("That year he left."), []);
});

test("dates read from the reference are not anchors", () => {
  assert.deepEqual(found("In 2016 he came. Last week that year was recalled.", "2020-03-12"), [
    ["2016", "2016"],
    ["Last week", "2020-03"],
    ["that year", "2016"],
  ]);
});
