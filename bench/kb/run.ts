import { existsSync, mkdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { spawnSync } from "node:child_process";
import { timeCli } from "./measure-cli.js";
import { measureIngest, type IngestFigures } from "./measure-ingest.js";
import { measureQueries } from "./measure-queries.js";
import { ensureCorpus } from "./generate-corpus.js";
import { reportTable } from "./report.js";
import { formatProfile, summarizeProfiles } from "./summarize-profile.js";

/**
 * Knowledge-base benchmark: a synthetic corpus of recurring people, ingested
 * by the real CLI (articles/s, peak RSS), then `show` and `search` timed in
 * process on the result. Prints figures next to targets; asserts nothing.
 *   node dist/bench/kb/run.js [--articles N | --quick] [--seed S] [--dir DIR]
 *     [--queries N] [--workers N] [--profile] [--skip-ingest]
 * See README.md here for the diagnostics (diagnose-ingest, diagnose-resolution).
 */
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" }, quick: { type: "boolean", default: false },
    seed: { type: "string", default: "20240501" }, dir: { type: "string", default: join(tmpdir(), "dossier-kb-bench") },
    queries: { type: "string", default: "200" }, workers: { type: "string" },
    profile: { type: "boolean", default: false }, "skip-ingest": { type: "boolean", default: false },
  },
});
const ARTICLES = values.quick ? 5_000 : Number(values.articles);
const SEED = Number(values.seed);
const CORPUS = join(values.dir!, `corpus-${ARTICLES}-${SEED}`);
const DB = join(values.dir!, `kb-${ARTICLES}-${SEED}.db`);
const PROFILES = join(values.dir!, `profile-${ARTICLES}`);

const log = (line: string): void => void process.stdout.write(`${line}\n`);
/** The commit measured, and whether the work tree differs from it (others edit src/ while this runs). */
const revision = (): string => {
  const git = (args: string[]) => spawnSync("git", args, { encoding: "utf8" }).stdout?.trim() ?? "";
  const head = git(["rev-parse", "--short", "HEAD"]);
  return head ? `${head}${git(["status", "--porcelain", "--", "src"]) ? " + uncommitted src changes" : ""}` : "unknown";
};
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(", ");

async function ingest(): Promise<IngestFigures | undefined> {
  if (values["skip-ingest"] && existsSync(DB)) { log(`ingest skipped: reusing ${DB}`); return undefined; }
  const nodeArgs = values.profile ? ["--cpu-prof", "--cpu-prof-interval", "5000", "--cpu-prof-dir", PROFILES] : [];
  if (values.profile) rmSync(PROFILES, { recursive: true, force: true });
  log(`ingest: node dist/src/cli/main.js ingest ${CORPUS}/articles --db ${DB}${values.workers ? ` --workers ${values.workers}` : ""}  (load ${load()})`);
  const dir = join(CORPUS, "articles");
  const figures = await measureIngest(dir, DB, ARTICLES, { nodeArgs, log, extraArgs: values.workers ? ["--workers", values.workers] : [] });
  log(`ingest done in ${figures.seconds.toFixed(1)} s, exit ${figures.exitCode}, ${figures.stored} documents, ${figures.judgements} judgements (load ${load()})`);
  log(`  the CLI said: ${figures.stderrTail}`);
  if (values.profile) for (const s of summarizeProfiles(PROFILES, 25)) log(formatProfile(s));
  return figures;
}

function cliCalls(people: { id: string; name: string; word: string }): void {
  const calls: [string, string[]][] = [
    ["--version (node start-up)", ["--version"]],
    [`show ${people.id}`, ["show", people.id, "--db", DB]],
    [`show "${people.name}"`, ["show", people.name, "--db", DB]],
    [`search "${people.word}"`, ["search", people.word, "--db", DB]],
    ["people --json", ["people", "--json", "--db", DB]],
  ];
  log("CLI calls (wall time with node start-up, best of 3):");
  for (const [label, args] of calls) {
    const runs = [0, 1, 2].map(() => timeCli(args));
    const best = Math.min(...runs.map((r) => r.ms));
    const failed = runs.find((r) => r.code !== 0);
    log(`  ${label.padEnd(40)} ${best.toFixed(0).padStart(6)} ms  exit ${runs[0].code}, ${runs[0].bytes} bytes out${failed ? `  (${failed.error})` : ""}`);
  }
}

async function main(): Promise<void> {
  log(`kb bench: ${ARTICLES} articles, seed ${SEED}, ${cpus().length} cores, load average ${load()}, revision ${revision()}`);
  mkdirSync(values.dir!, { recursive: true });
  const started = Date.now();
  const { manifest, reused } = ensureCorpus(CORPUS, ARTICLES, SEED);
  log(`corpus ${reused ? "reused" : `written in ${((Date.now() - started) / 1000).toFixed(1)} s`}: ${CORPUS}: ${manifest.articles} articles, ` +
    `${manifest.words} words, ${(manifest.bytes / 2 ** 20).toFixed(0)} MB, ${manifest.people} invented people, ${manifest.nearCopies} near-copies`);
  const ingested = await ingest();
  const queries = await measureQueries(DB, Number(values.queries), SEED);
  log(`queries on ${queries.people} people (load ${load()}); slowest:`);
  for (const s of queries.slowest) log(`  ${s.kind} "${s.query}": ${s.ms.toFixed(1)} ms`);
  for (const f of queries.failures.slice(0, 5)) log(`  failed: ${f.kind} "${f.query}": ${f.message}`);
  if (queries.failures.length) log(`  ${queries.failures.length} queries failed`);
  cliCalls({ id: String(queries.example.id), name: queries.example.name, word: "defected" });
  log("");
  log(reportTable(ingested, queries));
  log(`load average at the end: ${load()}`);
}

main().catch((err) => { process.stderr.write(`${(err as Error).stack}\n`); process.exitCode = 1; });
