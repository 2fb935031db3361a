#!/usr/bin/env node
// Scores `dossier extract` on the gold corpora in ../shared (see ../shared/eval/README.md).
//   npm run eval                    plain text, both corpora
//   npm run eval -- --wrap html     each article inside a news web page
//   npm run eval -- --wrap noisy    with scrape debris
// Exits 1 when a corpus falls below its floor (the floors only rise).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const FLOORS = {
  dev: { people: 0.94, events: 0.79, dated: 0.65 },
  "dev-world": { people: 0.93, events: 0.88, dated: 0.65 },
  "dev-2": { people: 0.91, events: 0.75, dated: 0.52 },
};
// The knowledge base: cross-article pairs F1, precision and recall, per gold set and its people map.
const KB_SETS = [
  { set: "dev", map: join(shared, "corpus", "dev-people-map.json"), floor: { f1: 0.95, precision: 0.97, recall: 0.95 } },
  { set: "dev-2", map: join(shared, "corpus", "dev-2", "people-map.json"), floor: { f1: 0.95, precision: 0.97, recall: 0.95 } },
];
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
// The knowledge base: the same people across articles, and different people kept apart (../shared/eval/kb-score.mjs).
for (const { set, map, floor } of KB_SETS) {
  const cli = `node ${JSON.stringify(bin)}`;
  const args = [join(shared, "eval", "kb-score.mjs"), "--gold", join(shared, "corpus", set), "--map", map,
    "--ingest", `${cli} ingest {dir} --db {db}`, "--people", `${cli} people --db {db} --json`, "--events", `${cli} events --db {db} --json`, "--min-f1", String(floor.f1)];
  try {
    const last = execFileSync("node", args, { cwd: root, encoding: "utf8" }).trim().split("\n").at(-1);
    const [, p, r] = /pairs P ([\d.]+) R ([\d.]+)/.exec(last) ?? [];
    const low = Number(p) < floor.precision || Number(r) < floor.recall;
    if (low) failed = true;
    console.log(`knowledge base (${set}): ${last}${low ? `  BELOW FLOOR (P >= ${floor.precision}, R >= ${floor.recall})` : ""}`);
  } catch (err) {
    failed = true;
    process.stdout.write(`knowledge base (${set}): BELOW FLOOR or failed\n${err.stdout ?? ""}${err.stderr ?? ""}`);
  }
}

// Search finds every person of the dev and dev-2 knowledge bases by each spelling it holds for them.
{
  const work = mkdtempSync(join(tmpdir(), "dossier-eval-"));
  try {
    for (const set of ["dev", "dev-2"]) {
      const dir = join(work, set);
      mkdirSync(dir);
      for (const f of readdirSync(join(shared, "corpus", set)).filter((f) => f.endsWith(".json") && f !== "people-map.json")) {
        const a = JSON.parse(readFileSync(join(shared, "corpus", set, f), "utf8"));
        if (a.text) writeFileSync(join(dir, `${a.id}.json`), JSON.stringify({ url: a.url, title: a.title, published: a.published, outlet: a.outlet, text: a.text }));
      }
    }
    const db = join(work, "kb.db");
    execFileSync("node", [bin, "ingest", join(work, "dev"), join(work, "dev-2"), "--db", db], { stdio: "ignore" });
    const out = execFileSync("node", [join(root, "scripts", "search-every-alias.mjs"), db], { encoding: "utf8" });
    console.log(out.trim().split("\n").at(-1));
  } catch (err) {
    failed = true;
    process.stdout.write(`search by every spelling: FAILED\n${err.stdout ?? ""}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
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
