import { test } from "node:test";
import assert from "node:assert/strict";
import { markedName, searchWords, textSnippet } from "./text-snippet.js";

const filler = (n: number, word: string) => Array.from({ length: n }, () => word).join(" ");

test("a snippet is the words around the first whole-word match, cut with … on both sides", () => {
  const text = `${filler(300, "before")}. Thae Yong-ho defected in 2016. ${filler(300, "after")}.`;
  const snippet = textSnippet(text, searchWords("thae"))!;
  assert.match(snippet, /^…before before before before\. «Thae» Yong-ho defected in 2016\. after/);
  assert.ok(snippet.endsWith("…"));
  assert.equal(snippet.replace(/[«»…]/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean).length, 16);
});

test("a word inside a longer word is no match; case is ignored", () => {
  assert.equal(textSnippet("Kimchi was served.", ["kim"]), undefined);
  assert.equal(textSnippet("The envoy KIM left.", ["kim"]), "The envoy «KIM» left");
});

test("a match spelled with accents, or in a text whose case changes its length, is still found", () => {
  assert.equal(textSnippet("Minister Kím Yong-chol spoke.", searchWords("kim")), "Minister «Kím» Yong-chol spoke");
  assert.equal(textSnippet("İstanbul talks: Ri Son-gwon attended.", searchWords("ri")), "İstanbul talks: «Ri» Son-gwon attended");
});

test("the first of several search words in the text is the one shown", () => {
  assert.equal(textSnippet("Pyongyang said nothing; Seoul said Ri left.", searchWords("ri seoul")), "Pyongyang said nothing; «Seoul» said «Ri» left");
});

test("a masked name does not match its real spelling", () => {
  assert.equal(textSnippet("The defector ███ ████ fled.", searchWords("Thae")), undefined);
  assert.equal(markedName("██████", searchWords("Thae")), undefined);
});
