import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchArticle } from "./real-text.js";
import { repeatToWords } from "./real-text.js";
import { countWords } from "./synthetic-text.js";

/** What one long document costs next to the same text as many files. */
export interface LongDocument { words: number; files: number; asFiles: number; asOne: number; peakRssMb: number }

const child = fileURLToPath(new URL("./long-document-child.js", import.meta.url));

function run(path: string): { seconds: number; peakRssMb: number } {
  const r = spawnSync(process.execPath, [child, path], { encoding: "utf8", maxBuffer: 1024 * 1024 });
  if (r.status !== 0) throw new Error(`long-document child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { seconds: number; peakRssMb: number };
}

/**
 * The articles repeated to `words` words, written once as one document
 * (paragraphs apart) and once as `fileCount` files of about equal size; each
 * extracted in a fresh process. Work that grows with mentions x mentions or
 * sentences x events shows as a long document slower per word than the files.
 */
export function longDocument(articles: BenchArticle[], words: number, fileCount: number): LongDocument {
  const texts = repeatToWords(articles, words, countWords).map((a) => a.text);
  const total = texts.reduce((s, t) => s + countWords(t), 0);
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-long-"));
  try {
    const filesDir = join(dir, "files");
    mkdirSync(filesDir);
    const perFile = Math.ceil(texts.length / fileCount);
    for (let i = 0; i * perFile < texts.length; i++) writeFileSync(join(filesDir, `${String(i).padStart(4, "0")}.txt`), texts.slice(i * perFile, (i + 1) * perFile).join("\n\n"));
    const one = join(dir, "one.txt");
    writeFileSync(one, texts.join("\n\n"));
    const asFiles = run(filesDir);
    const asOne = run(one);
    return { words: total, files: Math.ceil(texts.length / perFile), asFiles: asFiles.seconds, asOne: asOne.seconds, peakRssMb: asOne.peakRssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
