import { test } from "node:test";
import assert from "node:assert/strict";
import { identityMap, SegmentMap } from "../text/offset-map.js";
import { rewriteText } from "./rewrite-text.js";

test("kept characters of a match are copied, new ones anchored to the match", () => {
  const input = "he does n't, x&nbsp,y";
  const { text, offsets } = rewriteText(input, /( n't)|(&nbsp,)/g, (m) => (m[1] ? "n't" : " "));
  assert.equal(text, "he doesn't, x y");
  assert.ok(offsets instanceof SegmentMap);
  assert.equal(input[offsets.toRaw(text.indexOf("n't"))], "n");
  assert.equal(offsets.isCopied(text.indexOf("n't")), true);
  assert.equal(offsets.isCopied(text.lastIndexOf(" ")), false);
  assert.equal(offsets.toRaw(text.lastIndexOf(" ")), input.indexOf("&nbsp,"));
  assert.equal(offsets.toRaw(text.length), input.length);
});

test("no change keeps the identity map", () => {
  assert.equal(rewriteText("abc", /x/g, () => "y").offsets, identityMap);
  assert.equal(rewriteText("abc", /b/g, (m) => m[0]).offsets, identityMap);
});

test("a pattern without the global flag is a programming error", () => {
  assert.throws(() => rewriteText("abc", /b/, () => ""));
});
