#!/usr/bin/env node
// Scores `dossier extract` on the gold corpora in ../shared (see ../shared/eval/README.md).
//   npm run eval                    plain text, both corpora
//   npm run eval -- --wrap html     each article inside a news web page
//   npm run eval -- --wrap noisy    with scrape debris
// Exits 1 when a corpus falls below its floor (the floors only rise).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const FLOORS = {
  dev: { people: 0.92, events: 0.73, dated: 0.57 },
  "dev-world": { people: 0.9, events: 0.81, dated: 0.55 },
  "dev-2": { people: 0.88, events: 0.68, dated: 0.39 },
};
// Cross-article pairs F1 of the knowledge base.
const KB_FLOOR = 0.95;
if (!existsSync(join(shared, "eval", "score.mjs"))) {
  console.error("eval: ../shared/eval/score.mjs not found; the corpus evaluation needs ../shared beside the repo");
  process.exit(2);
}
const argv = process.argv.slice(2);
const wrap = argv.includes("--wrap") ? argv[argv.indexOf("--wrap") + 1] : undefined;
const bin = join(root, "dist", "src", "cli", "main.js");
let failed = false;
for (const [set, floor] of Object.entries(FLOORS)) {
  const args = [join(shared, "eval", "score.mjs"), "--gold", join(shared, "corpus", set),
    "--cmd", `node ${JSON.stringify(bin)} extract --published {published} --format json {file}`,
    "--min-people-f1", String(floor.people), "--min-events-f1", String(floor.events), "--min-dated-f1", String(floor.dated)];
  if (wrap) args.push("--wrap", wrap);
  try {
    const out = execFileSync("node", args, { cwd: root, encoding: "utf8" });
    process.stdout.write(argv.includes("--verbose") ? out : `${set}${wrap ? ` (${wrap})` : ""}: ${out.trim().split("\n").at(-1)}\n`);
  } catch (err) {
    failed = true;
    process.stdout.write(`${set}: BELOW FLOOR or failed\n${err.stdout ?? ""}`);
  }
}
// The knowledge base: the same people across articles (../shared/eval/kb-score.mjs).
{
  const cli = `node ${JSON.stringify(bin)}`;
  const args = [join(shared, "eval", "kb-score.mjs"), "--gold", join(shared, "corpus", "dev"), "--map", join(shared, "corpus", "dev-people-map.json"),
    "--ingest", `${cli} ingest {dir} --db {db}`, "--people", `${cli} people --db {db} --json`, "--events", `${cli} events --db {db} --json`, "--min-f1", String(KB_FLOOR)];
  try {
    const out = execFileSync("node", args, { cwd: root, encoding: "utf8" });
    console.log(`knowledge base (dev): ${out.trim().split("\n").at(-1)}`);
  } catch (err) {
    failed = true;
    process.stdout.write(`knowledge base: BELOW FLOOR or failed\n${err.stdout ?? ""}${err.stderr ?? ""}`);
  }
}

// The seed reports' facts (corpus-tests/, compiled to dist/corpus-tests/).
try {
  execFileSync("node", ["--test", join(root, "dist", "corpus-tests")], { cwd: root, stdio: argv.includes("--verbose") ? "inherit" : "pipe" });
  console.log("seed facts: all found");
} catch (err) {
  failed = true;
  process.stdout.write(`seed facts: FAILED\n${err.stdout ?? ""}`);
}
process.exit(failed ? 1 : 0);
