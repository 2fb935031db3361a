import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRng } from "../prng.js";
import type { ArticleRecord } from "./article-record.js";
import { nearCopy } from "./near-copy.js";
import { createPeoplePool } from "./people-pool.js";
import { writeArticle } from "./write-article.js";

/** Bump when the generator changes, so that a corpus on disk from an older one is made again. */
export const GENERATOR_VERSION = 1;
export const RECORDS_PER_FILE = 1_000;
const FILES_PER_FOLDER = 20;
const NEAR_COPY_SHARE = 0.05;
const RECENT = 2_000;

export interface CorpusManifest { version: number; articles: number; seed: number; people: number; nearCopies: number; words: number; bytes: number }

/** One invented person per five articles (20,000 for 100,000), so each recurs in several. */
export const poolSize = (articles: number): number => Math.max(200, Math.round(articles / 5));

/** The articles in order; about 5% are near-copies of a recent one. */
export function* corpusRecords(articles: number, seed: number, stats = { nearCopies: 0 }): Generator<ArticleRecord> {
  const rng = createRng(seed);
  const people = createPeoplePool(rng, poolSize(articles));
  const recent: ArticleRecord[] = [];
  for (let i = 0; i < articles; i++) {
    const copy = recent.length > 10 && rng.chance(NEAR_COPY_SHARE);
    const record = copy ? nearCopy(rng, rng.pick(recent), i) : writeArticle(rng, people, i);
    if (copy) stats.nearCopies++;
    else if (recent.length < RECENT) recent.push(record);
    else recent[rng.int(0, RECENT - 1)] = record;
    yield record;
  }
}

/**
 * Writes `articles` records as .jsonl files of 1,000 under `dir/articles`
 * (articles/00/part-0000.jsonl …, the folder to ingest), with dir/corpus.json
 * describing them. A corpus already there with the same size, seed and
 * generator is reused.
 */
export function ensureCorpus(dir: string, articles: number, seed: number): { manifest: CorpusManifest; reused: boolean } {
  const manifestFile = join(dir, "corpus.json");
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as CorpusManifest;
    if (manifest.version === GENERATOR_VERSION && manifest.articles === articles && manifest.seed === seed) return { manifest, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  const stats = { nearCopies: 0 };
  let [words, bytes, batch, file] = [0, 0, [] as string[], 0];
  const flush = () => {
    const folder = join(dir, "articles", String(Math.floor(file / FILES_PER_FOLDER)).padStart(2, "0"));
    mkdirSync(folder, { recursive: true });
    const body = `${batch.join("\n")}\n`;
    writeFileSync(join(folder, `part-${String(file++).padStart(4, "0")}.jsonl`), body);
    bytes += Buffer.byteLength(body);
    batch = [];
  };
  for (const record of corpusRecords(articles, seed, stats)) {
    words += record.text.split(/\s+/).length;
    batch.push(JSON.stringify(record));
    if (batch.length === RECORDS_PER_FILE) flush();
  }
  if (batch.length) flush();
  const manifest = { version: GENERATOR_VERSION, articles, seed, people: poolSize(articles), nearCopies: stats.nearCopies, words, bytes };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, reused: false };
}
