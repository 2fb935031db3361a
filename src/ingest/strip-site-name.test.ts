import { test } from "node:test";
import assert from "node:assert/strict";
import { stripSiteName } from "./strip-site-name.js";

test("a known site name goes from either end", () => {
  assert.equal(stripSiteName("Envoy defects | The Courier", "The Courier"), "Envoy defects");
  assert.equal(stripSiteName("The Courier - Envoy defects", "The Courier"), "Envoy defects");
});

test("without a site name, the part after a pipe or a short dash suffix goes", () => {
  assert.equal(stripSiteName("Envoy defects | Courier"), "Envoy defects");
  assert.equal(stripSiteName("Diplomats abroad most likely to defect – Asia Times"), "Diplomats abroad most likely to defect");
});

test("a dash inside a headline stays", () => {
  assert.equal(stripSiteName("Trump - Putin summit"), "Trump - Putin summit");
});
