/**
 * The layer rule of docs/ARCHITECTURE.md, checked on every .ts file under
 * src/ and test/support/: a module imports only from its own layer or from
 * layers to its left. test/support/store/ ranks as store/, and so on; only
 * tests (x.test.ts) and test support may import test support.
 *
 *   text -> model -> (ingest, nlp) -> (resolve, store) -> services -> (http, web) -> cli
 *
 * cli is last because `dossier serve` composes the API and the pages into
 * one server; http and web stay independent of each other.
 * Folders in one group share a rank but must not import each other. The root
 * files errors.ts and config.ts are importable from anywhere, so they may
 * import only each other. A new folder must be given a place below.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadTypeScript, relativeImports, sourceImports, SUPPORT } from "../test/support/import-graph.js";

/** Ranks, left to right. */
const LAYERS: readonly (readonly string[])[] = [
  ["text"],
  ["model"],
  ["ingest", "nlp"],
  ["resolve", "store"],
  ["services"],
  ["http", "web"],
  ["cli"],
];
const SHARED = new Set(["errors.ts", "config.ts"]);

const rankOf = (folder: string): number => LAYERS.findIndex((group) => group.includes(folder));

/** Where a file sits: "shared" for errors.ts and config.ts, its top folder under src/ otherwise, or "" for another root file. */
function placeOf(path: string): string {
  const parts = path.split("/");
  if (parts.length === 1) return SHARED.has(path) ? "shared" : "";
  return parts[0];
}

const isSupport = (path: string): boolean => path.startsWith(SUPPORT);
/** Tests and test support: the files that may import test support (neither is in the package). */
const isTest = (path: string): boolean => path.endsWith(".test.ts") || isSupport(path);
/** A path under test/support/ as the path under src/ it stands beside ("store/test-databases.ts"). */
const inSrc = (path: string): string => (isSupport(path) ? path.slice(SUPPORT.length) : path);

/**
 * Why importing `to` from `from` breaks the rule, or undefined. Both are paths relative to src/, with "/" and .ts.
 * test/support/X/ ranks as src/X/; it is not in the package, so only tests and test support may import it.
 */
export function layerViolation(from: string, to: string): string | undefined {
  if (isSupport(to) && !isTest(from)) return "test support is not in the package; only tests and test support may import it";
  if (!isSupport(to) && to.startsWith("../")) return "imports from outside src/ and test/support/";
  [from, to] = [inSrc(from), inSrc(to)];
  const source = placeOf(from);
  const target = placeOf(to);
  if (target === "shared") return undefined;
  if (source === "shared") return `${from} is importable from anywhere, so it may import only ${[...SHARED].join(" and ")}`;
  if (source === target) return undefined;
  for (const [place, path] of [[source, from], [target, to]]) {
    if (place === "" || rankOf(place) < 0) return `${place || path} is in no layer; give it a place in src/layers.test.ts`;
  }
  const [a, b] = [rankOf(source), rankOf(target)];
  if (a === b) return `${source} and ${target} are the same rank and must not import each other`;
  if (b > a) return `${source} may not import from ${target}, a layer to its right`;
  return undefined;
}

test("the layer rule holds for every import under src/ and test/support/", async () => {
  const violations: string[] = [];
  for (const { from, to, specifier } of await sourceImports("the layer rule")) {
    const why = layerViolation(from, to);
    if (why) violations.push(`${from.startsWith(SUPPORT) ? from.slice(3) : `src/${from}`} imports "${specifier}": ${why}`);
  }
  assert.deepEqual(violations, [], `layer rule broken:\n  ${violations.join("\n  ")}`);
});

test("the rule: own layer and layers to the left are allowed", () => {
  assert.equal(layerViolation("nlp/components/names.ts", "nlp/names/name-key.ts"), undefined);
  assert.equal(layerViolation("nlp/pipeline.ts", "text/doc.ts"), undefined);
  assert.equal(layerViolation("ingest/read-html.ts", "model/paths.ts"), undefined);
  assert.equal(layerViolation("cli/extract.ts", "ingest/read-inputs.ts"), undefined);
  assert.equal(layerViolation("services/extraction/extract-article.ts", "nlp/registry.ts"), undefined);
  assert.equal(layerViolation("text/doc.ts", "errors.ts"), undefined);
  assert.equal(layerViolation("cli/main.ts", "config.ts"), undefined);
  assert.equal(layerViolation("errors.ts", "config.ts"), undefined);
  assert.equal(layerViolation("cli/serve.test.ts", "../test/support/http/api-kb.ts"), undefined);
  assert.equal(layerViolation("../test/support/http/api-kb.ts", "../test/support/store/test-databases.ts"), undefined);
  assert.equal(layerViolation("../test/support/store/kb-test-store.ts", "store/open-store.ts"), undefined);
});

test("the rule: layers to the right, siblings of the same rank and unplaced folders are violations", () => {
  assert.match(layerViolation("text/doc.ts", "model/paths.ts") ?? "", /layer to its right/);
  assert.match(layerViolation("nlp/lexicon.ts", "services/extraction/extract-article.ts") ?? "", /layer to its right/);
  assert.match(layerViolation("nlp/lexicon.ts", "ingest/article.ts") ?? "", /same rank/);
  assert.match(layerViolation("store/store.ts", "resolve/cluster.ts") ?? "", /same rank/);
  assert.match(layerViolation("http/routes.ts", "web/pages.ts") ?? "", /same rank/);
  assert.ok(layerViolation("http/routes.ts", "cli/extract.ts"));
  assert.match(layerViolation("errors.ts", "text/span.ts") ?? "", /importable from anywhere/);
  assert.match(layerViolation("plugins/x.ts", "text/span.ts") ?? "", /plugins is in no layer/);
  assert.match(layerViolation("cli/main.ts", "index.ts") ?? "", /index\.ts is in no layer/);
  assert.match(layerViolation("index.ts", "services/extraction/extract-article.ts") ?? "", /index\.ts is in no layer/);
  assert.match(layerViolation("cli/main.ts", "../bench/run.ts") ?? "", /outside src/);
  assert.match(layerViolation("store/open-store.ts", "../test/support/store/test-databases.ts") ?? "", /only tests/);
  assert.match(layerViolation("../test/support/store/kb-fixture.ts", "services/ingest/save-article.ts") ?? "", /layer to its right/);
  assert.match(layerViolation("store/audit-log.test.ts", "../test/support/web/web-kb.ts") ?? "", /layer to its right/);
});

test("imports are found in every form, comments are not", async () => {
  await loadTypeScript();
  const source = [
    'import { a } from "../text/doc.js";',
    'import type { B } from "./b.js";',
    'export { c } from "../model/paths.js";',
    'import "./side-effect.js";',
    'const d = await import("../ingest/read-html.js");',
    "import {",
    "  e,",
    '} from "../nlp/lexicon.js";',
    'import f from "node:fs";',
    '// import { g } from "../services/nope.js";',
  ].join("\n");
  assert.deepEqual(relativeImports(source).sort(), [
    "../ingest/read-html.js",
    "../model/paths.js",
    "../nlp/lexicon.js",
    "../text/doc.js",
    "./b.js",
    "./side-effect.js",
  ]);
});
