/**
 * The relative imports of this checkout's TypeScript sources, for the tests
 * of the import rules (src/layers.test.ts, src/import-graph.test.ts). Paths
 * are relative to src/, with "/" and ".ts": "store/open-store.ts", and
 * "../test/support/store/test-databases.ts" for test support.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type ts from "typescript";

/** src/ of the checkout: this file runs as dist/test/support/import-graph.js. */
export const SRC = fileURLToPath(new URL("../../../src", import.meta.url));
/** Where test support sits, relative to src/. */
export const SUPPORT = "../test/support/";

/** One import: the importing file, the imported module and the specifier as written. */
export interface Import {
  from: string;
  to: string;
  specifier: string;
}

/** TypeScript (a devDependency), loaded after the check for src/ so that its absence cannot hide that message. */
let typescript: typeof ts | undefined;
export const loadTypeScript = async (): Promise<typeof ts> => (typescript ??= (await import("typescript")).default);

/** Relative module specifiers of a TypeScript source: static, type-only, re-exports and dynamic import(). */
export function relativeImports(source: string): string[] {
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

/** Every relative import of every .ts file under src/ and test/support/. Fails outside a source checkout. */
export async function sourceImports(rule: string): Promise<Import[]> {
  assert.ok(
    existsSync(join(SRC, "errors.ts")),
    `${rule}: no TypeScript sources at ${SRC}; it is checked in a source checkout (dist/src -> ../../src), not in an installed package`,
  );
  await loadTypeScript();
  const imports: Import[] = [];
  for (const file of [...tsFiles(SRC), ...tsFiles(join(SRC, SUPPORT))]) {
    const from = toPosix(relative(SRC, file));
    for (const specifier of relativeImports(readFileSync(file, "utf8"))) {
      const to = toPosix(relative(SRC, resolve(dirname(file), specifier))).replace(/\.js$/, ".ts");
      imports.push({ from, to, specifier });
    }
  }
  assert.ok(imports.length > 0, "no relative imports found under src/");
  return imports;
}
