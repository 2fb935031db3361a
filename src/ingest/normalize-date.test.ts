import { test } from "node:test";
import assert from "node:assert/strict";
import { dateFromUrl, normalizeDate } from "./normalize-date.js";

test("timestamps become their calendar day as written", () => {
  assert.equal(normalizeDate("2016-08-16T08:00:00Z"), "2016-08-16");
  assert.equal(normalizeDate("2016-08-16T23:30:00-05:00"), "2016-08-16");
  assert.equal(normalizeDate(" 2016/8/6 "), "2016-08-06");
  assert.equal(normalizeDate("20160816T080000Z"), "2016-08-16");
});

test("partial dates keep their precision", () => {
  assert.equal(normalizeDate("2016-08"), "2016-08");
  assert.equal(normalizeDate("2016"), "2016");
});

test("written dates", () => {
  assert.equal(normalizeDate("Tue, 16 Aug 2016 08:00:00 GMT"), "2016-08-16");
  assert.equal(normalizeDate("August 16, 2016"), "2016-08-16");
  assert.equal(normalizeDate("Sept. 4 2019"), "2019-09-04");
});

test("impossible or unreadable dates are dropped", () => {
  assert.equal(normalizeDate("2016-02-30"), undefined);
  assert.equal(normalizeDate("2016-13-01"), undefined);
  assert.equal(normalizeDate("yesterday"), undefined);
  assert.equal(normalizeDate(""), undefined);
  assert.equal(normalizeDate(undefined), undefined);
});

test("URL date patterns", () => {
  assert.equal(dateFromUrl("https://example.com/news/2016/08/17/envoy-defects/"), "2016-08-17");
  assert.equal(dateFromUrl("https://example.com/world/2019/jun/04/envoy-defects"), "2019-06-04");
  assert.equal(dateFromUrl("https://example.com/news/20210408-envoy-defects.html"), "2021-04-08");
  assert.equal(dateFromUrl("https://example.com/2016-08-17/envoy"), "2016-08-17");
  assert.equal(dateFromUrl("https://example.com/2016/08/envoy"), "2016-08");
});

test("URLs without a date, or with ids that only look like one", () => {
  assert.equal(dateFromUrl("https://example.com/news/envoy-defects"), undefined);
  assert.equal(dateFromUrl("https://example.com/article/2021040812345"), undefined);
  assert.equal(dateFromUrl("https://20160817.example.com/x"), undefined);
  assert.equal(dateFromUrl(undefined), undefined);
});
