import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentVersion } from "./component-version.js";
import { defaultPipeline } from "./registry.js";

test("a component's version follows its code and its data, not its tests", () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-version-"));
  try {
    mkdirSync(join(dir, "code", "events"), { recursive: true });
    mkdirSync(join(dir, "data", "lexicon"), { recursive: true });
    writeFileSync(join(dir, "code", "events", "rule.js"), "export const rule = 1;\n");
    writeFileSync(join(dir, "data", "lexicon", "words.json"), '["arrest"]\n');
    const roots = { code: join(dir, "code"), data: join(dir, "data") };
    const sources = { code: ["events"], data: ["lexicon"] };
    const first = contentVersion(sources, roots);
    assert.match(first, /^[0-9a-f]{10}$/);
    assert.equal(contentVersion(sources, roots), first, "the same files give the same version");
    writeFileSync(join(dir, "code", "events", "rule.test.js"), "a test\n");
    assert.equal(contentVersion(sources, roots), first, "a test file does not change it");
    writeFileSync(join(dir, "data", "lexicon", "words.json"), '["arrest", "detain"]\n');
    const second = contentVersion(sources, roots);
    assert.notEqual(second, first, "a data change does");
    writeFileSync(join(dir, "code", "events", "rule.js"), "export const rule = 2;\n");
    assert.notEqual(contentVersion(sources, roots), second, "a code change does");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the pipeline's versions are hashes, one per component", () => {
  const versions = defaultPipeline().versions;
  assert.deepEqual(versions.map((v) => v.split("@")[0]), ["tokens", "dates", "names", "entities", "events"]);
  for (const v of versions) assert.match(v, /@[0-9a-f]{10}$/);
});
