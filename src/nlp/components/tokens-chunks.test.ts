import { test } from "node:test";
import assert from "node:assert/strict";
import { createDoc } from "../../text/doc.js";
import { paragraphChunks, tokensComponent } from "./tokens.js";

test("a long text is cut into stretches at blank lines that cover it exactly", () => {
  const paragraph = "Pak Chol was arrested in May. He was released a year later.";
  const text = Array.from({ length: 50 }, () => paragraph).join("\n\n");
  const chunks = paragraphChunks(text, 300);
  assert.ok(chunks.length > 5);
  assert.equal(chunks[0][0], 0);
  assert.equal(chunks.at(-1)![1], text.length);
  for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i][0], chunks[i - 1][1]);
  for (const [, to] of chunks.slice(0, -1)) assert.equal(text.slice(to - 2, to), "\n\n");
  // A paragraph longer than a stretch stays whole.
  assert.deepEqual(paragraphChunks("x".repeat(1000), 300), [[0, 1000]]);
});

test("a document tagged in stretches has the tokens and sentences of its paragraphs", () => {
  const paragraph = "Pak Chol was arrested in May. He was released a year later.";
  const text = Array.from({ length: 4000 }, () => paragraph).join("\n\n");
  const doc = createDoc(text);
  tokensComponent().run(doc);
  const words = doc.layers.tokens!.filter((t) => t.pos !== "SPACE").map((t) => text.slice(t.start, t.end));
  assert.deepEqual(words.slice(0, 8), ["Pak", "Chol", "was", "arrested", "in", "May", ".", "He"]);
  assert.equal(words.filter((w) => w === "arrested").length, 4000);
  assert.equal(doc.layers.sentences!.length, 8000);
  for (const s of doc.layers.sentences!) assert.ok(!text.slice(s.start, s.end).includes("\n\n"));
});
