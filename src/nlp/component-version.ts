import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dataPath } from "../model/paths.js";

/** This folder (src/nlp, or dist/src/nlp when built): component code is named relative to it. */
const here = dirname(fileURLToPath(import.meta.url));

/** What a component's results depend on: its code (files or folders under src/nlp), data files or folders, packages. */
export interface ComponentSources {
  code: string[];
  data?: string[];
  packages?: string[];
}

function files(path: string, code: boolean): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((f) => {
    // Compiled code: the .js files (their .ts sources when run from src), never tests or maps.
    if (code && (/\.test\.[jt]s$/.test(f) || f.endsWith(".map") || f.endsWith(".d.ts"))) return [];
    return files(join(path, f), code);
  });
}

function packageVersion(name: string): string {
  try {
    return JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`${name}/package.json`), "utf8")).version as string;
  } catch {
    return "unknown";
  }
}

/**
 * A component's version: a hash of its code, its data and the versions of
 * the packages it runs, so that any change to them makes stored results
 * older and `reprocess` extracts those documents again.
 */
export function contentVersion(sources: ComponentSources, roots = { code: here, data: dataPath() }): string {
  const hash = createHash("sha256");
  for (const f of sources.code.flatMap((c) => files(join(roots.code, c), true))) hash.update(f.slice(roots.code.length)).update(readFileSync(f));
  for (const f of (sources.data ?? []).flatMap((d) => files(join(roots.data, d), false))) hash.update(readFileSync(f));
  for (const p of sources.packages ?? []) hash.update(`${p}@${packageVersion(p)}`);
  return hash.digest("hex").slice(0, 10);
}

/** A version computed the first time it is asked for (hashing reads files: not at start-up). */
export function lazyVersion(sources: ComponentSources): () => string {
  let version: string | undefined;
  return () => (version ??= contentVersion(sources));
}
