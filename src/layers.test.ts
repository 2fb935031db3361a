/**
 * The layer rule of docs/ARCHITECTURE.md, checked on every .ts file under
 * src/: a module imports only from its own layer or from layers to its left.
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
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type ts from "typescript";

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

/** Why importing `to` from `from` breaks the rule, or undefined. Both are paths relative to src/, with "/" and .ts. */
export function layerViolation(from: string, to: string): string | undefined {
  if (to.startsWith("../")) return "imports from outside src/";
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

/** TypeScript (a devDependency), loaded after the check for src/ so that its absence cannot hide that message. */
let typescript: typeof ts | undefined;
const loadTypeScript = async (): Promise<typeof ts> => (typescript ??= (await import("typescript")).default);

/** Relative module specifiers of a TypeScript source: static, type-only, re-exports and dynamic import(). */
function relativeImports(source: string): string[] {
  const info = typescript!.preProcessFile(source, true, true);
  return info.importedFiles.map((f) => f.fileName).filter((name) => name.startsWith("./") || name.startsWith("../"));
}

function* tsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.isFile() && entry.name.endsWith(".ts")) yield path;
  }
}

const toPosix = (path: string): string => path.split(sep).join("/");

/** src/ of the checkout: this file runs as dist/src/layers.test.js. */
const SRC = fileURLToPath(new URL("../../src", import.meta.url));

test("the layer rule holds for every import under src/", async () => {
  assert.ok(
    existsSync(join(SRC, "errors.ts")),
    `layers: no TypeScript sources at ${SRC}; the layer rule is checked in a source checkout (dist/src/layers.test.js -> ../../src), not in an installed package`,
  );
  await loadTypeScript();
  const violations: string[] = [];
  let checked = 0;
  for (const file of tsFiles(SRC)) {
    const from = toPosix(relative(SRC, file));
    for (const specifier of relativeImports(readFileSync(file, "utf8"))) {
      const to = toPosix(relative(SRC, resolve(dirname(file), specifier))).replace(/\.js$/, ".ts");
      const why = layerViolation(from, to);
      if (why) violations.push(`src/${from} imports "${specifier}": ${why}`);
      checked++;
    }
  }
  assert.ok(checked > 0, "no relative imports found under src/");
  assert.deepEqual(violations, [], `layer rule broken:\n  ${violations.join("\n  ")}`);
});

test("the rule: own layer and layers to the left are allowed", () => {
  assert.equal(layerViolation("nlp/components/names.ts", "nlp/names/name-key.ts"), undefined);
  assert.equal(layerViolation("nlp/pipeline.ts", "text/doc.ts"), undefined);
  assert.equal(layerViolation("ingest/read-html.ts", "model/paths.ts"), undefined);
  assert.equal(layerViolation("cli/extract.ts", "ingest/read-inputs.ts"), undefined);
  assert.equal(layerViolation("services/ingest/extract-article.ts", "nlp/registry.ts"), undefined);
  assert.equal(layerViolation("text/doc.ts", "errors.ts"), undefined);
  assert.equal(layerViolation("cli/main.ts", "config.ts"), undefined);
  assert.equal(layerViolation("errors.ts", "config.ts"), undefined);
});

test("the rule: layers to the right, siblings of the same rank and unplaced folders are violations", () => {
  assert.match(layerViolation("text/doc.ts", "model/paths.ts") ?? "", /layer to its right/);
  assert.match(layerViolation("nlp/lexicon.ts", "services/ingest/extract-article.ts") ?? "", /layer to its right/);
  assert.match(layerViolation("nlp/lexicon.ts", "ingest/article.ts") ?? "", /same rank/);
  assert.match(layerViolation("store/store.ts", "resolve/cluster.ts") ?? "", /same rank/);
  assert.match(layerViolation("http/routes.ts", "web/pages.ts") ?? "", /same rank/);
  assert.ok(layerViolation("http/routes.ts", "cli/extract.ts"));
  assert.match(layerViolation("errors.ts", "text/span.ts") ?? "", /importable from anywhere/);
  assert.match(layerViolation("plugins/x.ts", "text/span.ts") ?? "", /plugins is in no layer/);
  assert.match(layerViolation("cli/main.ts", "index.ts") ?? "", /index\.ts is in no layer/);
  assert.match(layerViolation("index.ts", "services/ingest/extract-article.ts") ?? "", /index\.ts is in no layer/);
  assert.match(layerViolation("cli/main.ts", "../bench/run.ts") ?? "", /outside src/);
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
