import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { extractDoc } from "../src/services/extraction/extract-article.js";

/**
 * Run by long-document.ts in a process of its own: extracts a file, or each
 * file of a folder in turn, and prints the seconds spent extracting and the
 * process's peak RSS, so that one long document and the same text as many
 * files are measured alike and apart from the benchmark's own memory.
 *   node dist/bench/long-document-child.js PATH
 */
const path = process.argv[2];
const files = statSync(path).isDirectory() ? readdirSync(path).sort().map((f) => join(path, f)) : [path];
const texts = files.map((f) => readFileSync(f, "utf8"));
// The tagger and lexicons load before the clock starts, as they would for the first of many files.
extractDoc("Pak Chol was arrested in Pyongyang on Monday.", { published: "2020-05-01" });
const start = performance.now();
let events = 0;
for (const text of texts) events += extractDoc(text, { published: "2020-05-01" }).layers.events?.length ?? 0;
const seconds = (performance.now() - start) / 1000;
process.stdout.write(JSON.stringify({ seconds, events, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
