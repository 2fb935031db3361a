import { test } from "node:test";
import assert from "node:assert/strict";
import { selectLongest } from "./select-longest.js";

const c = (start: number, end: number, value = "2016") => ({ start, end, value, relative: false });

test("the longest of overlapping candidates stays", () => {
  assert.deepEqual(selectLongest([c(11, 15), c(0, 15, "2016-08-17"), c(0, 6, "2016-08")]), [c(0, 15, "2016-08-17")]);
});

test("candidates that do not overlap all stay, in order", () => {
  assert.deepEqual(selectLongest([c(20, 24), c(0, 4)]), [c(0, 4), c(20, 24)]);
});

test("a longer candidate starting inside replaces a shorter one", () => {
  assert.deepEqual(selectLongest([c(0, 6), c(3, 20, "2016-08")]), [c(3, 20, "2016-08")]);
});

test("between equally long candidates the first found stays", () => {
  assert.deepEqual(selectLongest([c(0, 4, "2016"), c(0, 4, "2017")]), [c(0, 4, "2016")]);
});
