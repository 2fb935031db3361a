import { test } from "node:test";
import assert from "node:assert/strict";
import { parseReference } from "./reference.js";
import { weekWindow } from "./week-window.js";

const ref = (value: string) => parseReference(value)!;

test("last week is the Monday-to-Sunday week before the reference's", () => {
  assert.equal(weekWindow(ref("2011-11-29"), -1), "2011-11"); // Nov 21–27
  assert.equal(weekWindow(ref("2016-08-17"), -1), "2016-08"); // Aug 8–14
});

test("a week that straddles two months gives its year", () => {
  assert.equal(weekWindow(ref("2019-06-04"), -1), "2019"); // May 27–Jun 2
  assert.equal(weekWindow(ref("2020-01-08"), -1), "2020"); // Dec 30–Jan 5: the year of its Thursday
});

test("this week runs up to the reference day", () => {
  assert.equal(weekWindow(ref("2019-01-30"), 0), "2019-01");
  assert.equal(weekWindow(ref("2019-06-01"), 0), "2019"); // Monday May 27 to Saturday June 1
});

test("the past seven days", () => {
  assert.equal(weekWindow(ref("2019-06-20"), "past seven days"), "2019-06");
});

test("weeks need a reference known to the day", () => {
  assert.equal(weekWindow(ref("2019-06"), -1), undefined);
});
