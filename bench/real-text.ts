import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../src/model/paths.js";
import { syntheticCorpus } from "./synthetic-text.js";

/** One article as the benchmarks feed it: its text and, when known, its publication date. */
export interface BenchArticle { text: string; published?: string }

/** The articles the real-text figures run on, and where they came from. */
export interface RealText { origin: string; articles: BenchArticle[] }

/**
 * Real article text: every record with a `text` of the shared gold corpora
 * (`../shared/corpus/NAME/*.json` beside the package, as in the corpus
 * evaluation), else generated text standing in for it, so that the benchmark
 * also runs without ../shared.
 */
export function realText(fallbackWords: number): RealText {
  const corpora = join(packageRoot, "..", "shared", "corpus");
  const articles: BenchArticle[] = [];
  if (existsSync(corpora)) {
    for (const corpus of readdirSync(corpora, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      for (const file of readdirSync(join(corpora, corpus)).filter((f) => f.endsWith(".json")).sort()) {
        const record = JSON.parse(readFileSync(join(corpora, corpus, file), "utf8")) as { text?: unknown; published?: unknown };
        if (typeof record.text === "string" && record.text.trim()) {
          articles.push({ text: record.text, published: typeof record.published === "string" ? record.published : undefined });
        }
      }
    }
  }
  if (articles.length) return { origin: `${articles.length} real articles of ../shared/corpus`, articles };
  return { origin: "generated text (../shared/corpus not found)", articles: syntheticCorpus(fallbackWords, 4242).map((text) => ({ text, published: "2020-05-01" })) };
}

/** The articles repeated until they hold at least `words` words (whole copies of the set). */
export function repeatToWords(articles: BenchArticle[], words: number, count: (text: string) => number): BenchArticle[] {
  const once = articles.reduce((sum, a) => sum + count(a.text), 0);
  const copies = Math.max(1, Math.ceil(words / Math.max(1, once)));
  return Array.from({ length: copies }, () => articles).flat();
}
