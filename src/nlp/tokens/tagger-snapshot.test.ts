import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import winkNLP from "wink-nlp";
import { taggerModel, taggerModelVersion } from "./tagger-model.js";
import { readTaggerSnapshot, writeTaggerSnapshot } from "./tagger-snapshot.js";

const require = createRequire(import.meta.url);
const packaged = require("wink-eng-lite-web-model") as { core: () => any };
type Wink = Parameters<typeof winkNLP>[0];

let dir: string;
let snapshot: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "dossier-tagger-"));
  snapshot = join(dir, "snapshot");
  writeTaggerSnapshot(packaged.core(), taggerModelVersion(), snapshot);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("the snapshot reads back as wink's own loader leaves the core model: tables, sets, lookup tables and every lexeme", () => {
  const own = packaged.core();
  const read = readTaggerSnapshot(snapshot, taggerModelVersion()) as any;
  assert.deepEqual([...read.lexicon], [...own.lexicon]);
  assert.deepEqual([...read.xpansions], [...own.xpansions]);
  assert.deepEqual(read.features.posClusters.list, own.features.posClusters.list);
  for (const f of ["prefix", "suffix", "shape"]) {
    assert.equal(Object.getPrototypeOf(read.features[f].hash), null, f);
    assert.deepEqual({ ...read.features[f].hash }, { ...own.features[f].hash }, f);
  }
  const lexemes: string[] = own.features.lexeme.list;
  assert.deepEqual(read.features.lexeme.list, lexemes);
  for (const word of lexemes) assert.equal(read.features.lexeme.hash[word], own.features.lexeme.hash[word], word);
  for (const word of ["constructor", "__proto__", "toString", "zzqxj"]) assert.equal(read.features.lexeme.hash[word], own.features.lexeme.hash[word], word);
  const rest = (core: any) => JSON.stringify({ ...core, lexicon: 0, xpansions: 0, features: { ...core.features, lexeme: { ...core.features.lexeme, hash: 0 }, posClusters: 0 } });
  assert.equal(rest(read), rest(own));
});

test("wink tags text the same with the snapshot as with the package's model, words it has never seen included", () => {
  const text = "Pak Chol-min, the deputy ambassador, defected last Wednesday.\nKIM JONG UN met Zelenskyy's envoy in Ulaanbaatar; the qwzzyx-brokered talks failed. Constructor toString __proto__!";
  const tag = (model: object) => {
    const nlp = winkNLP(model as Wink, ["sbd", "pos"]);
    const doc = nlp.readDoc(text);
    return [doc.tokens().out(nlp.its.value), doc.tokens().out(nlp.its.pos), doc.sentences().out(), nlp.readDoc(text).tokens().out(nlp.its.pos)];
  };
  const fromSnapshot = taggerModel(snapshot) as { core: () => object };
  assert.notEqual(fromSnapshot, packaged, "the snapshot is used");
  assert.deepEqual(tag(fromSnapshot), tag(packaged));
});

test("a snapshot written for another version of the model is not used", () => {
  const old = join(dir, "old");
  writeTaggerSnapshot(packaged.core(), "0.0.1", old);
  assert.equal(readTaggerSnapshot(old, taggerModelVersion()), undefined);
  assert.equal(taggerModel(old), packaged);
  assert.equal(taggerModel(join(dir, "none")), packaged);
});
