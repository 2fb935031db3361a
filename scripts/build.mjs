// Build step: compiles the TypeScript into dist/ (tsc), makes the CLI
// executable (chmod-bin.mjs) and stores the tagger's model snapshot. With --if-changed, npm's `prepare`, it skips tsc
// when dist/ was built from the same sources: npm runs `prepare` after
// `npm ci`, and `npx dossier` runs it again when it links this package into
// its cache, which made the first `npx dossier …` after an install sit
// silent through a second full compile (about 20 s).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "dist", ".build-inputs");

/** Every file tsc reads from this package (tsconfig's include), and the compiler's version. */
function inputsHash() {
  const hash = createHash("sha256");
  const { include } = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8"));
  const folders = [...new Set(include.map((pattern) => pattern.split("/")[0]))];
  const files = folders.flatMap((folder) => (existsSync(join(root, folder)) ? readdirSync(join(root, folder), { recursive: true }) : []).map((f) => join(root, folder, f)));
  for (const file of [join(root, "tsconfig.json"), ...files.filter((f) => f.endsWith(".ts")).sort()]) {
    hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update("\0");
  }
  const require = createRequire(import.meta.url);
  return hash.update(require("typescript/package.json").version).digest("hex");
}

const onlyIfChanged = process.argv.includes("--if-changed");
const inputs = inputsHash();
if (!(onlyIfChanged && existsSync(stamp) && readFileSync(stamp, "utf8") === inputs)) {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const { status } = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.json")], { stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
  removeStale();
  writeFileSync(stamp, inputs);
}

/**
 * tsc never deletes: a compiled file whose source was moved or removed would
 * stay in dist/ (and `node --test dist/src/` would run a test that no longer
 * exists). Drops every compiled file without its .ts source.
 */
function removeStale() {
  const dist = join(root, "dist");
  for (const folder of readdirSync(dist, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    if (!existsSync(join(root, folder))) continue;
    for (const file of readdirSync(join(dist, folder), { recursive: true })) {
      const source = String(file).match(/^(.*)\.(?:js|d\.ts|js\.map|d\.ts\.map)$/)?.[1];
      if (source !== undefined && !existsSync(join(root, folder, `${source}.ts`))) rmSync(join(dist, folder, String(file)));
    }
  }
}
await import("./chmod-bin.mjs");

// wink's English model, stored as wink's own loader leaves it, for a faster start (src/nlp/tokens/tagger-snapshot.ts)
const { TAGGER_SNAPSHOT_DIR, taggerModelVersion } = await import("../dist/src/nlp/tokens/tagger-model.js");
const { taggerSnapshotVersion, writeTaggerSnapshot } = await import("../dist/src/nlp/tokens/tagger-snapshot.js");
const version = taggerModelVersion();
if (taggerSnapshotVersion(TAGGER_SNAPSHOT_DIR) !== version) {
  writeTaggerSnapshot(createRequire(import.meta.url)("wink-eng-lite-web-model").core(), version, TAGGER_SNAPSHOT_DIR);
}
