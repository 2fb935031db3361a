import { test } from "node:test";
import assert from "node:assert/strict";
import { cutAtSpans, findWords, markWords, sentenceAround, snippetHtml } from "./highlight.js";

test("cutAtSpans cuts at every boundary and lists the spans over each piece", () => {
  const text = "Pak Chol-min was executed in January.";
  const pieces = cutAtSpans(text, [{ start: 0, end: 37, data: "evidence" }, { start: 0, end: 12, data: "mention" }]);
  assert.deepEqual(pieces.map((p) => [p.text, p.covering.map((c) => c.data)]), [
    ["Pak Chol-min", ["evidence", "mention"]],
    [" was executed in January.", ["evidence"]],
  ]);
  assert.equal(pieces.map((p) => p.text).join(""), text);
});

test("cutAtSpans keeps overlapping spans apart and ignores spans outside the text", () => {
  const pieces = cutAtSpans("abcdef", [{ start: 1, end: 4, data: 1 }, { start: 3, end: 5, data: 2 }, { start: 4, end: 99, data: 3 }, { start: 2, end: 2, data: 4 }]);
  assert.deepEqual(pieces.map((p) => [p.text, p.covering.map((c) => c.data)]), [["a", []], ["bc", [1]], ["d", [1, 2]], ["e", [2]], ["f", []]]);
});

test("markWords escapes the text and marks longer names first", () => {
  assert.equal(markWords("<b>Pak Chol-min</b>, Pak said", ["Pak", "Pak Chol-min"]).markup, "&lt;b&gt;<mark>Pak Chol-min</mark>&lt;/b&gt;, <mark>Pak</mark> said");
  assert.deepEqual(findWords("aaa", ["a"]).length, 3);
});

test("snippetHtml marks what FTS5 put between « and », escaping the rest", () => {
  assert.equal(snippetHtml("…the «<script>» tag…").markup, "…the <mark>&lt;script&gt;</mark> tag…");
});

test("sentenceAround finds the sentence of a span and where the span sits in it", () => {
  const text = "First one. Sergei Volkonsky, the deputy mayor, was dismissed. Then more.\nNext line.";
  const s = sentenceAround(text, 11, 27);
  assert.equal(s.text, "Sergei Volkonsky, the deputy mayor, was dismissed.");
  assert.equal(s.text.slice(s.start, s.end), "Sergei Volkonsky");
  assert.equal(sentenceAround("abc", 0, 3).text, "abc");
});
