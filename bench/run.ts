import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import nlp from "compromise";
import { extractDoc } from "../src/services/extraction/extract-article.js";
import { syntheticCorpus } from "./synthetic-text.js";
import { peakRssMb, takeWords, timeOver, type Throughput } from "./measure.js";
import { realTextFigures, type Row } from "./real-text-figures.js";

/**
 * Throughput benchmark: prints figures next to their targets, asserts nothing.
 *   node dist/bench/run.js [--quick] [--cli PATH/TO/main.js]
 * First the pipeline on generated text (per article, one long document,
 * against compromise), then real article text: the pipeline, `dossier
 * extract DIR` as a whole process, compromise on the same texts, the share of
 * each stage, and start-up times. --cli runs another build's CLI for the
 * whole-process and start-up figures (before and after a change).
 */
const { values: options } = parseArgs({ options: { quick: { type: "boolean", default: false }, cli: { type: "string" } } });
const quick = options.quick as boolean;
const cli = options.cli ?? fileURLToPath(new URL("../src/cli/main.js", import.meta.url));
const CORPUS_WORDS = quick ? 100_000 : 1_000_000;
// compromise runs at ~30k words/s here; a 200k-word subset keeps the run short, and its rate is per word anyway.
const COMPROMISE_WORDS = quick ? 100_000 : 200_000;
const LONG_DOC_WORDS = 50_000;
const WARMUP_WORDS = 50_000;
const PUBLISHED = "2020-05-01";

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const dossier = (text: string): void => void extractDoc(text, { published: PUBLISHED });

async function main(): Promise<void> {
  const corpus = syntheticCorpus(CORPUS_WORDS);
  const warmup = syntheticCorpus(WARMUP_WORDS, 7);
  log(`corpus: ${corpus.length} synthetic articles (200-800 words each), seed fixed${quick ? " [--quick]" : ""}`);

  for (const text of warmup) dossier(text);
  const perArticle = timeOver(corpus, dossier);
  log(`dossier per article: ${fmt(perArticle.words)} words in ${perArticle.seconds.toFixed(2)} s`);
  const rssArticles = peakRssMb();
  reportFindings(corpus.slice(0, 200));

  const longDoc = takeWords(corpus, LONG_DOC_WORDS).join("\n\n");
  const long = timeOver([longDoc], dossier);
  log(`dossier one long document: ${fmt(long.words)} words in ${long.seconds.toFixed(2)} s`);
  const rss = { articles: rssArticles, dossier: peakRssMb(), end: 0 };

  const subset = takeWords(corpus, COMPROMISE_WORDS);
  for (const text of warmup.slice(0, 10)) nlp(text).people().out("array");
  const peer = timeOver(subset, (text) => void nlp(text).people().out("array"));
  log(`compromise people(): ${fmt(peer.words)} words in ${peer.seconds.toFixed(2)} s` +
    (peer.words < perArticle.words ? ` (subset of the corpus; rate applied per word)` : ""));

  rss.end = peakRssMb();
  log("");
  const real = await realTextFigures(cli, quick, log);
  printTable([...syntheticRows(perArticle, peer, long, rss), ...real]);
}

/** Counts what was found, so that a fast but broken pipeline shows up here. */
function reportFindings(sample: string[]): void {
  let people = 0, events = 0, failed = 0;
  for (const text of sample) {
    const doc = extractDoc(text, { published: PUBLISHED });
    people += doc.layers.people?.length ?? 0;
    events += doc.layers.events?.length ?? 0;
    if (doc.problems.some((p) => p.code === "component_failed")) failed++;
  }
  log(`sanity on ${sample.length} articles: ${people} people, ${events} events, ${failed} with a failed component`);
}

/** Peak RSS so far at three points: it only grows, so each phase's share shows. */
interface RssPeaks { articles: number; dossier: number; end: number }

function syntheticRows(perArticle: Throughput, peer: Throughput, long: Throughput, rss: RssPeaks): Row[] {
  const ratio = perArticle.wordsPerSecond / peer.wordsPerSecond;
  const longRatio = long.wordsPerSecond / perArticle.wordsPerSecond;
  return [
    ["generated-text words", fmt(perArticle.words), "", undefined],
    ["pipeline words/s (generated)", fmt(perArticle.wordsPerSecond), ">= 200,000", perArticle.wordsPerSecond >= 200_000],
    ["compromise words/s", fmt(peer.wordsPerSecond), "", undefined],
    ["ratio dossier/compromise", `${ratio.toFixed(1)}x`, ">= 10x", ratio >= 10],
    ["long doc words/s (50k words)", fmt(long.wordsPerSecond), "", undefined],
    ["long doc / per-article speed", longRatio.toFixed(3), ">= 0.5", longRatio >= 0.5],
    ["peak RSS MB after per-article", rss.articles.toFixed(0), "", undefined],
    ["peak RSS MB after long doc", rss.dossier.toFixed(0), "< 300", rss.dossier < 300],
    ["peak RSS MB with compromise", rss.end.toFixed(0), "", undefined],
  ];
}

function printTable(rows: Row[]): void {
  log("");
  log(`${"measure".padEnd(32)}${"value".padStart(14)}  ${"target".padEnd(12)}`);
  for (const [name, value, target, met] of rows) {
    const mark = met === undefined ? "" : met ? "met" : "below target";
    log(`${name.padEnd(32)}${value.padStart(14)}  ${target.padEnd(12)}${mark}`);
  }
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

await main();
