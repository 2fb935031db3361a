import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "../../../src/model/paths.js";

/** Debian's package, which a machine set up for browser work may have. */
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium the end-to-end tests drive: CHROMIUM_PATH when set, else
 * Debian's /usr/bin/chromium when present, else the headless Chromium that
 * the devDependency @sparticuz/chromium ships inside its npm tarball, so
 * that `npm ci && npm test` needs no browser on the machine and no download
 * besides the npm registry (playwright's own browsers come from a CDN).
 * Like DOSSIER_TEST_PG, CHROMIUM_PATH is read by test support only.
 */
export async function chromiumExecutable(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH names ${chosen}, which does not exist`);
    return chosen;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return unpackedChromium();
}

/**
 * @sparticuz/chromium keeps its browser brotli-compressed and unpacks it into
 * os.tmpdir(), where it trusts any file named "chromium" it finds, also one
 * that another checkout or a second test run is still writing. So it unpacks
 * here into a fresh folder of this checkout's node_modules/.cache, which is
 * then renamed into place whole (about 2 s, once per install and version).
 */
async function unpackedChromium(): Promise<string> {
  const { default: packaged } = await import("@sparticuz/chromium");
  // its package.json is not among its exports: read it beside the entry point (build/esm/index.js)
  const manifest = fileURLToPath(new URL("../../package.json", import.meta.resolve("@sparticuz/chromium")));
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  const cache = join(packageRoot, "node_modules", ".cache", "dossier-chromium");
  const folder = join(cache, version);
  const binary = join(folder, "chromium");
  if (existsSync(binary)) return binary;
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(cache, "unpacking-"));
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await packaged.executablePath();
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  try {
    renameSync(staging, folder);
  } catch (err) {
    // another run got there first: its folder is whole, as renames are
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw err;
  }
  return binary;
}
