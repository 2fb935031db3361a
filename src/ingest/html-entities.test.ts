import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeEntity } from "./html-entities.js";

test("named, decimal and hex entities", () => {
  assert.equal(decodeEntity("eacute"), "é");
  assert.equal(decodeEntity("yuml"), "ÿ");
  assert.equal(decodeEntity("lstrok"), "ł");
  assert.equal(decodeEntity("rsquo"), "’");
  assert.equal(decodeEntity("#8217"), "’");
  assert.equal(decodeEntity("#x2019"), "’");
});

test("windows-1252 numbers mean what browsers show", () => {
  assert.equal(decodeEntity("#146"), "’");
});

test("unknown names and impossible numbers stay undecoded", () => {
  assert.equal(decodeEntity("bogus"), undefined);
  assert.equal(decodeEntity("#0"), undefined);
  assert.equal(decodeEntity("#xD800"), undefined);
});
