// Build step: makes the compiled CLI executable, and links it as
// node_modules/.bin/dossier so that the project's own scripts and hooks can
// call it like an installed command (npx finds it either way).
import { chmodSync, existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";
const bin = fileURLToPath(new URL("../dist/src/cli/main.js", import.meta.url));
if (existsSync(bin)) chmodSync(bin, 0o755);
const binDir = fileURLToPath(new URL("../node_modules/.bin/", import.meta.url));
const link = `${binDir}dossier`;
if (existsSync(bin) && existsSync(fileURLToPath(new URL("../node_modules/", import.meta.url)))) {
  mkdirSync(binDir, { recursive: true });
  try { if (lstatSync(link)) unlinkSync(link); } catch { /* no link yet */ }
  symlinkSync("../../dist/src/cli/main.js", link);
}
