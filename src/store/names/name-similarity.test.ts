import { test } from "node:test";
import assert from "node:assert/strict";
import { nameKey } from "./name-key.js";
import { nameSimilarity, nameTrigrams, SIMILAR_NAME, trigramCounts, trigramsToLookUp } from "./name-similarity.js";

const similarity = (typed: string, known: string) => Math.round(nameSimilarity(nameKey(typed), nameKey(known)) * 100) / 100;

test("trigrams are taken as pg_trgm takes them from one word: padded, each once", () => {
  assert.deepEqual(nameTrigrams("kim"), ["  k", " ki", "kim", "im "]);
  assert.deepEqual(nameTrigrams("aaaa"), ["  a", " aa", "aaa", "aa "]);
  assert.deepEqual(nameTrigrams("chŏl"), ["  c", " ch", "chŏ", "hŏl", "ŏl "], "code points, not UTF-16 units");
  assert.deepEqual(nameTrigrams(""), []);
});

test("the misspellings the threshold is set for are found", () => {
  assert.equal(similarity("Hwang Jang Yob", "Hwang Jang Yop"), 0.71);
  assert.equal(similarity("Thae Yong Hoo", "Thae Yong Ho"), 0.77);
  assert.equal(similarity("Kim Jong Eun", "Kim Jong Un"), 0.62);
  assert.equal(similarity("Ri Sol Jo", "Ri Sol Ju"), 0.6);
  for (const [typed, known] of [["Hwang Jang Yob", "Hwang Jang Yop"], ["Thae Yong Hoo", "Thae Yong Ho"], ["Kim Jong Eun", "Kim Jong Un"], ["Ri Sol Jo", "Ri Sol Ju"]]) {
    assert.ok(nameSimilarity(nameKey(typed), nameKey(known)) >= SIMILAR_NAME, `${typed} finds ${known}`);
  }
});

test("unrelated or too short names are refused", () => {
  assert.equal(similarity("Tromp", "Trump"), 0.33);
  assert.equal(similarity("Kim", "Kim Jong Un"), 0.27);
  assert.equal(similarity("Kim Jong Eun", "Kim Myong Eun"), 0.53);
  assert.equal(similarity("Ri Sel Ju", "Ri Sol Ju"), 0.45);
  for (const [typed, known] of [["Tromp", "Trump"], ["Kim", "Kim Jong Un"], ["Kim Jong Eun", "Kim Myong Eun"], ["Ri Sel Ju", "Ri Sol Ju"], ["Nobody Here", "Pak Chol Min"]]) {
    assert.ok(nameSimilarity(nameKey(typed), nameKey(known)) < SIMILAR_NAME, `${typed} does not find ${known}`);
  }
});

test("similarity is 1 for the same key and 0 with nothing in common", () => {
  assert.equal(nameSimilarity("pakcholmin", "pakcholmin"), 1);
  assert.equal(nameSimilarity("abc", "xyz"), 0);
  assert.equal(nameSimilarity("", "xyz"), 0);
});

test("the trigrams looked up leave out no key similar enough (every key in a small set, against brute force)", () => {
  const keys = ["kimjongun", "kimjongil", "kimyongsu", "kimmyongeun", "hwangjangyop", "thaeyongho", "trump", "risolju", "pakcholmin", "kim", "pak"];
  for (const typed of ["kimjongeun", "kimjongul", "hwangjangyob", "thaeyonghoo", "tromp", "risoljo", "pakcholmn", "kimm", "paak"]) {
    const trigrams = nameTrigrams(typed);
    const similar = keys.filter((k) => nameSimilarity(typed, k) >= SIMILAR_NAME);
    // whichever trigrams are chosen: try every choice that drops the allowed number
    const chosen = trigramsToLookUp(trigrams.length, SIMILAR_NAME);
    for (let start = 0; start < trigrams.length; start++) {
      const looked = new Set(Array.from({ length: chosen }, (_, i) => trigrams[(start + i) % trigrams.length]));
      for (const k of similar) assert.ok(nameTrigrams(k).some((t) => looked.has(t)), `${typed}: ${k} shares a looked-up trigram`);
    }
    const { fewest, most } = trigramCounts(trigrams.length, SIMILAR_NAME);
    for (const k of similar) assert.ok(nameTrigrams(k).length >= fewest && nameTrigrams(k).length <= most, `${typed}: ${k} within the counts`);
  }
  assert.equal(trigramsToLookUp(10, 0.5), 6);
  assert.deepEqual(trigramCounts(5, 0.55), { fewest: 3, most: 9 }, "kimm: 3/5 and 5/9 are the extremes at 0.55 or more");
  assert.ok(3 / 5 >= 0.55 && 5 / 9 >= 0.55 && 2 / 5 < 0.55 && 5 / 10 < 0.55);
  assert.equal(trigramsToLookUp(1, 0.55), 1);
});
