import { test } from "node:test";
import assert from "node:assert/strict";
import { OffsetMapBuilder, SegmentMap, composeMaps, identityMap } from "./offset-map.js";

// raw "a&amp;b  c" cleaned to "a&b c": copy "a&", drop "amp;", copy "b ", drop " ", copy "c"
function ampMap(): SegmentMap {
  return new OffsetMapBuilder().copy(0, 2).copy(6, 2).copy(9, 1).build();
}

test("copied characters map one to one", () => {
  const raw = "a&amp;b  c";
  const text = "a&b c";
  const map = ampMap();
  for (let i = 0; i < text.length; i++) assert.equal(raw[map.toRaw(i)], text[i]);
  assert.equal(map.toRaw(text.length), raw.length);
});

test("adjacent copies merge into one segment", () => {
  const map = new OffsetMapBuilder().copy(0, 3).copy(3, 4).build();
  assert.equal(map.segments.length, 1);
  assert.equal(map.toRaw(6), 6);
});

test("inserted characters map to their anchor and are not copied", () => {
  // "x&nbsp,y" cleaned to "x y": the space stands for "&nbsp," at 1
  const map = new OffsetMapBuilder().copy(0, 1).insert(1, 1, 6).copy(7, 1).build();
  assert.equal(map.toRaw(1), 1);
  assert.equal(map.isCopied(1), false);
  assert.equal(map.isCopied(2), true);
  assert.equal(map.toRaw(2), 7);
});

test("out of range offsets are clamped", () => {
  const map = ampMap();
  assert.equal(map.toRaw(-3), 0);
  assert.equal(map.toRaw(99), 10);
});

test("an empty map sends everything to its end", () => {
  const map = new OffsetMapBuilder().build(5);
  assert.equal(map.toRaw(0), 5);
});

test("composed segment maps flatten and agree with chaining", () => {
  const inner = ampMap(); // "a&b c" -> raw
  const outer = new OffsetMapBuilder().copy(2, 3).build(); // "b c" -> "a&b c"
  const composed = composeMaps(outer, inner);
  assert.ok(composed instanceof SegmentMap);
  for (let i = 0; i <= 3; i++) assert.equal(composed.toRaw(i), inner.toRaw(outer.toRaw(i)));
  assert.equal(composed.toRaw(0), 6);
});

test("composing with the identity map returns the other map", () => {
  const map = ampMap();
  assert.equal(composeMaps(identityMap, map), map);
  assert.equal(composeMaps(map, identityMap), map);
});

test("appending a map shifts its text offsets", () => {
  const map = new OffsetMapBuilder().insert(2, 0).append(ampMap()).build();
  assert.equal(map.toRaw(0), 0);
  assert.equal(map.toRaw(2), 0);
  assert.equal(map.toRaw(4), 6);
  assert.equal(map.toRaw(7), 10);
});
