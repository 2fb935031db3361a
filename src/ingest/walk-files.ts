import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/**
 * The files under a directory, depth first, sorted by name (code point
 * order, the same on every machine). Hidden files and directories (".git",
 * ".DS_Store") are skipped; symbolic links to files are followed, links to
 * directories are not, so that a link cannot make a loop.
 */
export async function* walkFiles(directory: string): AsyncGenerator<string> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile()) yield path;
  }
}
