import { test } from "node:test";
import assert from "node:assert/strict";
import { resolveAnaphora } from "./resolve-anaphora.js";

test("'that year' takes the year of the closest date the text writes out", () => {
  const out = resolveAnaphora([
    { start: 0, end: 4, value: "2016", relative: false },
    { start: 10, end: 19, value: "2020", relative: true }, // "last year": read from the reference, not an anchor
    { start: 30, end: 39, relative: true, anaphor: { shift: 0, suffix: "-11" } },
  ]);
  assert.deepEqual(out.map((d) => d.value), ["2016", "2020", "2016-11"]);
});

test("anaphoric years chain", () => {
  const out = resolveAnaphora([
    { start: 0, end: 4, value: "1984", relative: false },
    { start: 10, end: 25, relative: true, anaphor: { shift: 2, suffix: "" } },
    { start: 30, end: 48, relative: true, anaphor: { shift: 1, suffix: "" } },
  ]);
  assert.deepEqual(out.map((d) => d.value), ["1984", "1986", "1987"]);
});

test("with nothing before it, an anaphoric year is dropped", () => {
  assert.deepEqual(resolveAnaphora([{ start: 0, end: 9, relative: true, anaphor: { shift: 0, suffix: "" } }]), []);
});

test("a range anchors on its last year", () => {
  const out = resolveAnaphora([
    { start: 0, end: 9, value: "2013-01", until: "2013-03", relative: false },
    { start: 20, end: 34, relative: true, anaphor: { shift: -1, suffix: "" } },
  ]);
  assert.equal(out[1].value, "2012");
});
