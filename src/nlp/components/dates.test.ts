import { test } from "node:test";
import assert from "node:assert/strict";
import { createDoc } from "../../text/doc.js";
import { datesComponent } from "./dates.js";

test("the dates component declares what it sets", () => {
  const c = datesComponent();
  assert.equal(c.name, "dates");
  assert.match(c.version, /^[0-9a-f]{10}$/);
  assert.deepEqual(c.requires, []);
  assert.deepEqual(c.assigns, ["dates"]);
});

test("the dates component reads dates against the date of publication", () => {
  const doc = createDoc("The diplomat defected last month, officials said Wednesday.", { published: "2016-08-17" });
  datesComponent().run(doc);
  assert.deepEqual(doc.layers.dates?.map((d) => d.value), ["2016-07", "2016-08-17"]);
});

test("without a date of publication, only dates with a year", () => {
  const doc = createDoc("He defected last month, in August 2016.");
  datesComponent().run(doc);
  assert.deepEqual(doc.layers.dates?.map((d) => d.value), ["2016-08"]);
});
