import { test } from "node:test";
import assert from "node:assert/strict";
import { lexicon } from "../nlp/lexicon.js";
import { resolutionKeys, syllableKey } from "./resolution-keys.js";

const key = (n: string) => resolutionKeys(n, lexicon()).full;

test("romanizations of one Korean name share a key", () => {
  assert.equal(key("Thae Yong Ho"), key("Thae Yong-ho"));
  assert.equal(key("Thae Yong Ho"), key("Tae Yongho"));
  assert.equal(key("Thae Yong Ho"), key("Thae Young Ho"));
  assert.equal(key("Kim Jong Un"), key("Kim Jong-un"));
  assert.equal(key("Hwang Jang Yop"), key("Hwang Jang-yob"));
  assert.equal(key("Ri Il Gyu"), key("Lee Il-kyu"));
  assert.equal(key("Choe Son Hui"), key("Choi Son-hui"));
});

test("different Korean names keep different keys", () => {
  assert.notEqual(key("Kim Jong Un"), key("Kim Jong Il"));
  assert.notEqual(key("Kim Yong Chol"), key("Kim Hyok Chol"));
  assert.notEqual(key("Ri Yong Ho"), key("Ri Il Gyu"));
});

test("western names block on the last name", () => {
  assert.equal(resolutionKeys("Donald Trump", lexicon()).block, resolutionKeys("Trump", lexicon()).block);
  assert.equal(resolutionKeys("Mohammed bin Salman", lexicon()).block, "salman");
});

test("syllable spellings fold together", () => {
  assert.equal(syllableKey("jung"), syllableKey("chong"));
  assert.equal(syllableKey("yeop"), syllableKey("yob"));
  assert.equal(syllableKey("gyu"), syllableKey("kyu"));
  assert.equal(syllableKey("seong"), syllableKey("sung"));
});
