import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";

const found = (text: string, ref?: string) => findDates(text, ref).map((d) => [text.slice(d.start, d.end), d.value]);

test("years after a preposition", () => {
  assert.deepEqual(found("He defected in 2019 and"), [["2019", "2019"]]);
  assert.deepEqual(found("in office since 1994 and has"), [["1994", "1994"]]);
  assert.deepEqual(found("born in 1956, did not"), [["1956", "1956"]]);
  assert.deepEqual(found("medals for Cuba in 2000 and 2004, while"), [["2000", "2000"], ["2004", "2004"]]);
});

test("years before punctuation", () => {
  assert.deepEqual(found("Stalina in Moscow, 1926, the only"), [["1926", "1926"]]);
  assert.deepEqual(found("It was 1997."), [["1997", "1997"]]);
  assert.deepEqual(found("(1997)"), [["1997", "1997"]]);
});

test("a year in front of a noun after 'the'", () => {
  assert.deepEqual(found("during the 2011 uprising"), [["2011", "2011"]]);
  assert.deepEqual(found("has won the 2023 Nobel Peace Prize"), [["2023", "2023"]]);
});

test("modifiers keep year precision and stay in the span", () => {
  assert.deepEqual(found("talks in early 2018."), [["early 2018", "2018"]]);
  assert.deepEqual(found("disappearing in late 2018."), [["late 2018", "2018"]]);
  assert.deepEqual(found("in Canada in mid-1974 was"), [["mid-1974", "1974"]]);
  assert.deepEqual(found("by the end of 2018"), [["end of 2018", "2018"]]);
  assert.deepEqual(found("in the summer of 2019"), [["summer of 2019", "2019"]]);
});

test("numbers that are not years", () => {
  assert.deepEqual(found("749 people died and 10,000 laborers"), []);
  assert.deepEqual(found("he died at 2121 UTC"), []);
  assert.deepEqual(found("at 2021 UTC"), []);
  assert.deepEqual(found("the 57th anniversary"), []);
  assert.deepEqual(found("paid $1,500 and $2000."), []);
  assert.deepEqual(found("under Article 2019."), []);
  assert.deepEqual(found("Flight 2001 landed"), []);
  assert.deepEqual(found("No. 2019."), []);
  assert.deepEqual(found("the 2000 people who"), []);
  assert.deepEqual(found("a total of 1999 defectors"), []);
  assert.deepEqual(found("killed 1950 soldiers"), []);
  assert.deepEqual(found("rose 2015 percent"), []);
  assert.deepEqual(found("up 20.2019 points, 2019.5"), []);
});

test("ages are not dates", () => {
  assert.deepEqual(found("Jang Song-thaek, 67, was executed"), []);
});

test("decades are skipped", () => {
  assert.deepEqual(found("in the 1990s and the late 1980s"), []);
});

test("years outside 1900–2099 are not years", () => {
  assert.deepEqual(found("in 1850 and in 2150"), []);
});
