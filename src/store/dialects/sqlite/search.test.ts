import { test } from "node:test";
import assert from "node:assert/strict";
import { ftsQuery } from "./search.js";

test("every word becomes a quoted phrase; quotes inside are doubled", () => {
  assert.equal(ftsQuery("Pak Chol-min"), '"Pak" "Chol-min"');
  assert.equal(ftsQuery('"; DROP TABLE documents; --'), '"DROP" "TABLE" "documents;"');
  assert.equal(ftsQuery('Pak"Chol'), '"Pak""Chol"');
  assert.equal(ftsQuery("Ri Sun", true), '"Ri"* "Sun"*');
});

test("text without a letter or digit is no query", () => {
  assert.equal(ftsQuery("  -- ; * "), undefined);
  assert.equal(ftsQuery(""), undefined);
});
