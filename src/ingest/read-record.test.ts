import { test } from "node:test";
import assert from "node:assert/strict";
import { readJsonRecords, readJsonlLine, recordFromJson } from "./read-record.js";

test("a record keeps its string fields and normalises published", () => {
  const record = recordFromJson(
    { text: "Envoy defects.", url: "https://x.example/a", title: " Envoy ", published: "2016-08-16T08:00:00Z", outlet: "X", extra: 1 },
    "a.json",
  );
  assert.deepEqual(record, { text: "Envoy defects.", url: "https://x.example/a", title: "Envoy", published: "2016-08-16", outlet: "X" });
});

test("an invalid published date is dropped without an error", () => {
  assert.deepEqual(recordFromJson({ html: "<p>x</p>", published: "last week" }, "a.json"), { html: "<p>x</p>" });
  assert.deepEqual(recordFromJson({ text: "x", published: 20160816 }, "a.json"), { text: "x" });
});

test("a record with neither text nor html is invalid_record", () => {
  assert.throws(() => recordFromJson({ title: "Envoy" }, "a.json#2"), { code: "invalid_record" });
  assert.throws(() => recordFromJson({ text: 42 }, "a.json#2"), { code: "invalid_record" });
  assert.throws(() => recordFromJson(["text"], "a.json#2"), { code: "invalid_record" });
});

test("a .json array yields one result per record, bad ones failing alone", () => {
  const results = readJsonRecords('[{"text":"One."},{"title":"no body"},{"html":"<p>Two.</p>"}]', "b.json");
  assert.deepEqual(
    results.map((r) => [r.source, r.ok]),
    [["b.json#1", true], ["b.json#2", false], ["b.json#3", true]],
  );
  const bad = results[1];
  assert.ok(!bad.ok && bad.error.code === "invalid_record");
});

test("a single .json object is named after the file", () => {
  const [result] = readJsonRecords('\ufeff{"text":"One."}', "c.json");
  assert.deepEqual(result, { ok: true, source: "c.json", record: { text: "One." } });
});

test("invalid JSON and empty arrays fail the file", () => {
  const [broken] = readJsonRecords('{"text": "One.",', "d.json");
  assert.ok(!broken.ok && broken.error.code === "invalid_record");
  const [empty] = readJsonRecords("[]", "e.json");
  assert.ok(!empty.ok && empty.error.code === "empty_input");
});

test("a bad .jsonl line is invalid_record", () => {
  const result = readJsonlLine("{not json", "f.jsonl#2");
  assert.ok(!result.ok && result.error.code === "invalid_record" && result.source === "f.jsonl#2");
});
