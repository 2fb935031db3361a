import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../../model/paths.js";
import { extractDoc } from "./extract-article.js";
import { presentExtraction } from "./present-extraction.js";

/**
 * The challenge suite (challenge/*.yaml): invented sentences by event type
 * and construction, negatives and dates, scored as the corpus evaluation
 * scores articles. The floors only rise; `node scripts/challenge.mjs
 * --explain` lists every miss.
 */
const FLOORS = { events: 0.96, dated: 0.93, negativesClean: 0.98 };

interface Score { f1: number; datedF1: number; negatives: { cases: number; clean: number }; failures: { file: string; text: string; notes: string[] }[] }
interface Scorer {
  readCases(dir: string): unknown[];
  scoreCases(cases: unknown[], extract: (text: string, published?: string) => unknown): Score;
}

test("the challenge suite: events, dated events and negatives above their floors", async () => {
  const scorer = (await import(pathToFileURL(join(packageRoot, "challenge", "score.mjs")).href)) as Scorer;
  const cases = scorer.readCases(join(packageRoot, "challenge"));
  assert.ok(cases.length >= 400, `only ${cases.length} cases`);
  const score = scorer.scoreCases(cases, (text, published) => presentExtraction(extractDoc(text, { published })));
  const report = score.failures.slice(0, 15).map((f) => `${f.file}: ${f.text}\n  ${f.notes.join("\n  ")}`).join("\n");
  assert.ok(score.f1 >= FLOORS.events, `events F1 ${score.f1.toFixed(3)} < ${FLOORS.events}\n${report}`);
  assert.ok(score.datedF1 >= FLOORS.dated, `dated events F1 ${score.datedF1.toFixed(3)} < ${FLOORS.dated}\n${report}`);
  const clean = score.negatives.clean / score.negatives.cases;
  assert.ok(clean >= FLOORS.negativesClean, `clean negatives ${clean.toFixed(3)} < ${FLOORS.negativesClean}\n${report}`);
});
