/**
 * Properties of the extraction pipeline on arbitrary text (fast-check): it
 * never throws nor records a failed component, every span lies within the
 * text and quotes exactly text.slice(start, end), and a second run gives the
 * same output.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { createDoc, type Doc } from "../text/doc.js";
import { defaultPipeline } from "./registry.js";

const pipeline = defaultPipeline();
const extract = (text: string): Doc => pipeline.run(createDoc(text, { id: "p", published: "2020-05-04" }));

const FRAGMENTS = [
  "Kim Jong-un", "Thae Yong-ho", "Maria Kowalczyk", "defected", "was executed", "in 2019", "on March 3, 2018",
  "according to", "Yonhap", "said", "the ambassador", "Pyongyang", "last week", ",", ".", "\n", "\n\n", " ", "“", "”",
  "’s", "(", ")", "Mr.", "U.S.", "-", "2016-08", "He", "she", "and", "not", "reportedly",
];
/** Strings made of real-looking fragments, capitalised runs, unicode and punctuation. */
const articleText = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(" ")),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme", maxLength: 8 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 200 }),
);

/** Every span found anywhere in a value. */
function* spans(value: unknown): Generator<{ start: number; end: number }> {
  if (Array.isArray(value)) for (const item of value) yield* spans(item);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number") yield o as { start: number; end: number };
    for (const v of Object.values(o)) yield* spans(v);
  }
}

test("the pipeline never throws, keeps every span within the text, and repeats itself", () => {
  fc.assert(
    fc.property(articleText, (text) => {
      const doc = extract(text);
      assert.deepEqual(doc.problems, []);
      for (const span of spans(doc.layers)) {
        assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), JSON.stringify(span));
        assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${JSON.stringify(span)} in ${text.length}`);
      }
      for (const person of doc.layers.people ?? []) {
        for (const m of person.mentions) assert.ok(text.slice(m.start, m.end).trim().length > 0);
      }
      assert.deepEqual(extract(text).layers, doc.layers);
    }),
    { numRuns: 200 },
  );
});
