import { test } from "node:test";
import assert from "node:assert/strict";
import { kindFromPath, looksLikeHtml, sniffKind } from "./input-kind.js";

test("extensions", () => {
  assert.equal(kindFromPath("a/b.TXT"), "text");
  // A README.md beside the articles is documentation, not an article.
  assert.equal(kindFromPath("b.md"), undefined);
  assert.equal(kindFromPath("b.htm"), "html");
  assert.equal(kindFromPath("b.xhtml"), "html");
  assert.equal(kindFromPath("b.json"), "json");
  assert.equal(kindFromPath("b.jsonl"), "jsonl");
  assert.equal(kindFromPath("b.pdf"), undefined);
  assert.equal(kindFromPath("README"), undefined);
});

test("HTML is recognised by how it starts", () => {
  assert.ok(looksLikeHtml("\ufeff  <!DOCTYPE html><html>"));
  assert.ok(looksLikeHtml('<div class="story"><p>Hi</p></div>'));
  assert.ok(!looksLikeHtml("The tag <p> starts a paragraph."));
  assert.ok(!looksLikeHtml("<3 to all"));
});

test("stdin may also hold JSON or JSON lines", () => {
  assert.equal(sniffKind('[{"text":"a"}]', { json: true }), "json");
  assert.equal(sniffKind('{"text":"a"}\n{"text":"b"}', { json: true }), "jsonl");
  assert.equal(sniffKind("[Editor's note] Words.", { json: true }), "text");
  assert.equal(sniffKind('{"text":"a"}', { json: false }), "text");
});
