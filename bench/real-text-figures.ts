import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nlp from "compromise";
import { extractDoc } from "../src/services/extraction/extract-article.js";
import { packageRoot } from "../src/model/paths.js";
import { timeOver } from "./measure.js";
import { realText, repeatToWords } from "./real-text.js";
import { longDocument } from "./long-document.js";
import { stageTimes } from "./stage-times.js";
import { countWords } from "./synthetic-text.js";
import { medianStartMs, timeExtractDir } from "./whole-process.js";

/** A row of the benchmark's table: measure, value, target, whether it is met (undefined: no target). */
export type Row = [string, string, string, boolean | undefined];

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(0)}%`;

/**
 * The figures on real article text: the pipeline in this process, `dossier
 * extract DIR` as a process of its own (start-up, reading, decoding,
 * cleaning, pipeline and JSON output), compromise's people() on the same
 * texts in the same run, the share of each stage, and the start-up of
 * extract and of read commands. `cli` is the dossier to run (another
 * build's main.js compares before and after).
 */
export async function realTextFigures(cli: string, quick: boolean, log: (line: string) => void): Promise<Row[]> {
  const { origin, articles: once } = realText(30_000);
  const articles = repeatToWords(once, quick ? 60_000 : 200_000, countWords);
  const texts = articles.map((a) => a.text);
  log(`real text: ${origin}, ${articles.length / once.length} copies: ${articles.length} articles, ${fmt(texts.reduce((s, t) => s + countWords(t), 0))} words`);

  const pipeline = timeOver(texts, (text) => void extractDoc(text, { published: "2020-05-01" }));
  log(`dossier pipeline on real text: ${fmt(pipeline.words)} words in ${pipeline.seconds.toFixed(2)} s`);
  const whole = timeExtractDir(cli, articles, quick ? 1 : 3);
  log(`dossier extract DIR (whole process, best of ${quick ? 1 : 3}): ${whole.seconds.toFixed(2)} s, ${fmt(whole.outputBytes)} bytes of JSON`);
  const stages = await stageTimes(join(whole.dir, "articles"));
  rmSync(whole.dir, { recursive: true, force: true });
  const stageSum = stages.read + stages.pipeline + stages.output;
  log(`stages in process: read+decode+clean ${stages.read.toFixed(2)} s, pipeline ${stages.pipeline.toFixed(2)} s, JSON output ${stages.output.toFixed(2)} s`);
  for (const text of texts.slice(0, 20)) nlp(text).people().out("array");
  const peer = timeOver(texts, (text) => void nlp(text).people().out("array"));
  log(`compromise people() on real text: ${fmt(peer.words)} words in ${peer.seconds.toFixed(2)} s`);

  const long = longDocument(once, quick ? 100_000 : 400_000, 200);
  log(`one ${fmt(long.words)}-word document: ${long.asOne.toFixed(2)} s; the same text as ${long.files} files: ${long.asFiles.toFixed(2)} s; peak RSS of the long one ${long.peakRssMb.toFixed(0)} MB`);

  const wholeRate = pipeline.words / whole.seconds;
  const ratio = wholeRate / peer.wordsPerSecond;
  const start = startUpTimes(cli, quick ? 3 : 7);
  return [
    ["real-text words", fmt(pipeline.words), "", undefined],
    ["pipeline words/s (real text)", fmt(pipeline.wordsPerSecond), ">= 150,000", pipeline.wordsPerSecond >= 150_000],
    [`one ${Math.round(long.words / 1000)}k-word doc / ${long.files} files`, `${(long.asOne / long.asFiles).toFixed(2)}x`, "<= 1.3x", long.asOne / long.asFiles <= 1.3],
    ["peak RSS MB, long doc process", long.peakRssMb.toFixed(0), "< 300", long.peakRssMb < 300],
    ["extract DIR words/s (process)", fmt(wholeRate), "", undefined],
    ["compromise words/s (real text)", fmt(peer.wordsPerSecond), "", undefined],
    ["ratio extract DIR/compromise", `${ratio.toFixed(1)}x`, ">= 7x", ratio >= 7],
    ["read+decode+clean share", pct(stages.read, stageSum), "", undefined],
    ["JSON output share", pct(stages.output, stageSum), "", undefined],
    ["pipeline share", pct(stages.pipeline, stageSum), "> 50%", stages.pipeline / stageSum > 0.5],
    ["start-up ms: extract one line", fmt(start.extract), "< 300", start.extract < 300],
    ["start-up ms: stats", fmt(start.stats), "< 300", start.stats < 300],
    ["start-up ms: show", fmt(start.show), "< 300", start.show < 300],
  ];
}

/** Median start-up of extract on a one-line file and of two read commands on a small knowledge base (the examples). */
function startUpTimes(cli: string, runs: number): { extract: number; stats: number; show: number } {
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-startup-"));
  try {
    const line = join(dir, "one-line.txt");
    writeFileSync(line, "Kim Jong Un met Moon Jae-in in Panmunjom on Friday, officials said.\n");
    const db = join(dir, "kb.db");
    const ingest = spawnSync(process.execPath, [cli, "ingest", join(packageRoot, "examples"), "--db", db], { encoding: "utf8" });
    if (ingest.status !== 0) throw new Error(`ingest of the examples failed: ${ingest.stderr}`);
    return {
      extract: medianStartMs(cli, ["extract", line], runs),
      stats: medianStartMs(cli, ["stats", "--db", db], runs),
      show: medianStartMs(cli, ["show", "Kang Song Il", "--db", db], runs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
