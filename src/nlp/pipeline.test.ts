import { test } from "node:test";
import assert from "node:assert/strict";
import { createDoc, type Doc, type LayerName } from "../text/doc.js";
import type { Component } from "./component.js";
import { createPipeline } from "./pipeline.js";

/** A hand-made component that logs its name into `calls` and runs `body`. */
function component(
  name: string,
  requires: LayerName[],
  assigns: LayerName[],
  calls: string[],
  body: (doc: Doc) => void = () => {},
): Component {
  return { name, version: "1", requires, assigns, run: (doc) => (calls.push(name), body(doc)) };
}

const TEXT = "Jan Kowal left Vienna. He reached Seoul.";

test("a component whose requirement no earlier component assigns is rejected", () => {
  const calls: string[] = [];
  assert.throws(
    () => createPipeline([component("names", ["sentences"], ["names"], calls)]),
    /component "names" requires layer "sentences", which no earlier component assigns/,
  );
});

test("a requirement assigned only by a later component is rejected", () => {
  const calls: string[] = [];
  const names = component("names", ["sentences"], ["names"], calls);
  const sentences = component("sentences", [], ["sentences"], calls);
  assert.throws(() => createPipeline([names, sentences]), /"names" requires layer "sentences"/);
  assert.doesNotThrow(() => createPipeline([sentences, names]));
});

test("components run in order, each seeing what the earlier ones set", () => {
  const calls: string[] = [];
  const sentences = component("sentences", [], ["sentences"], calls, (doc) => {
    doc.layers.sentences = [{ start: 0, end: 22 }, { start: 23, end: 40 }];
  });
  const places = component("places", ["sentences"], ["places"], calls, (doc) => {
    doc.layers.places = doc.layers.sentences!.map((s) => {
      const start = doc.text.lastIndexOf(" ", s.end - 1) + 1; // the last word, before the full stop
      return { name: doc.text.slice(start, s.end - 1), aliases: [], mentions: [{ start, end: s.end - 1 }] };
    });
  });
  const pipeline = createPipeline([sentences, places]);
  assert.deepEqual(pipeline.versions, ["sentences@1", "places@1"]);
  const doc = pipeline.run(createDoc(TEXT, { id: "d1" }));
  assert.deepEqual(calls, ["sentences", "places"]);
  assert.deepEqual(doc.layers.places?.map((p) => p.name), ["Vienna", "Seoul"]);
  assert.deepEqual(doc.problems, []);
});

test("a component that throws records component_failed and the others still run", () => {
  const calls: string[] = [];
  const sentences = component("sentences", [], ["sentences"], calls, (doc) => {
    doc.layers.sentences = [{ start: 0, end: doc.text.length }];
  });
  const dates = component("dates", ["sentences"], ["dates"], calls, () => {
    throw new Error("calendar data missing");
  });
  const events = component("events", ["sentences", "dates"], ["events"], calls, (doc) => {
    doc.layers.events = doc.layers.dates!.length ? [] : [{ type: "defection", evidence: { start: 0, end: 22 }, certainty: "reported" }];
  });
  const doc = createPipeline([sentences, dates, events]).run(createDoc(TEXT));
  assert.deepEqual(calls, ["sentences", "dates", "events"]);
  assert.deepEqual(doc.problems, [{ code: "component_failed", message: "dates: calendar data missing" }]);
  // the failed component's layer is left empty, so later components can read it
  assert.deepEqual(doc.layers.dates, []);
  assert.equal(doc.layers.events?.length, 1);
});

test("one failure does not stop the next document", () => {
  let n = 0;
  const flaky: Component = {
    name: "flaky",
    version: "2",
    requires: [],
    assigns: ["sentences"],
    run(doc) {
      if (n++ === 0) throw new Error("first call fails");
      doc.layers.sentences = [{ start: 0, end: doc.text.length }];
    },
  };
  const pipeline = createPipeline([flaky]);
  const first = pipeline.run(createDoc(TEXT, { id: "a" }));
  const second = pipeline.run(createDoc(TEXT, { id: "b" }));
  assert.equal(first.problems[0]?.code, "component_failed");
  assert.deepEqual(second.problems, []);
  assert.deepEqual(second.layers.sentences, [{ start: 0, end: TEXT.length }]);
});
