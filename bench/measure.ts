import { performance } from "node:perf_hooks";
import { countWords } from "./synthetic-text.js";

export interface Throughput {
  words: number;
  seconds: number;
  wordsPerSecond: number;
}

/** Wall time of `work` over every text, on this one thread. */
export function timeOver(texts: readonly string[], work: (text: string) => void): Throughput {
  const words = texts.reduce((sum, t) => sum + countWords(t), 0);
  const start = performance.now();
  for (const text of texts) work(text);
  const seconds = (performance.now() - start) / 1000;
  return { words, seconds, wordsPerSecond: words / seconds };
}

/** The first texts holding at least `words` words. */
export function takeWords(texts: readonly string[], words: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (const t of texts) {
    if (n >= words) break;
    out.push(t);
    n += countWords(t);
  }
  return out;
}

/** Peak resident set size of this process so far, in MB (maxRSS is in kilobytes). */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
