import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalName } from "./canonical-name.js";
import { nameKey } from "../names/name-key.js";

test("the name most documents use wins, then the longest; the rest are aliases", () => {
  const rows = [
    { name: "Pak Chol", aliases: ["Pak"] },
    { name: "Pak Chol Min", aliases: [] },
    { name: "Pak Chol-min", aliases: ["Mr Pak"] },
    { name: "Pak Chol Min", aliases: ["Pak"] },
  ];
  assert.deepEqual(canonicalName(rows), { name: "Pak Chol Min", aliases: ["Pak", "Pak Chol", "Pak Chol-min", "Mr Pak"] });
  assert.equal(canonicalName([{ name: "Ri", aliases: [] }, { name: "Ri Sun Hui", aliases: [] }]).name, "Ri Sun Hui");
});

test("name keys ignore case, accents, hyphens and spaces", () => {
  assert.equal(nameKey("Pak Chol-min"), nameKey("PAK CHOL MIN"));
  assert.equal(nameKey("José Núñez"), nameKey("jose nunez"));
  assert.notEqual(nameKey("Pak Chol"), nameKey("Pak Chol Min"));
});
