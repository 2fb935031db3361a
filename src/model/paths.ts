import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's root folder (where data/ and schema/ live), found from this file whether run from src or dist. */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data")) && existsSync(join(dir, "schema"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("dossier: cannot find the package root (data/ folder)");
    dir = up;
  }
})();

export const dataPath = (...parts: string[]): string => join(packageRoot, "data", ...parts);

/** Reads a JSON data file. */
export const readDataJson = <T>(...parts: string[]): T => JSON.parse(readFileSync(dataPath(...parts), "utf8")) as T;

/** Reads a one-entry-per-line data file, skipping blank lines and `#` comments. */
export function readDataList(...parts: string[]): string[] {
  return readFileSync(dataPath(...parts), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}
