#!/usr/bin/env node
// Scores `dossier` on the challenge suite and lists what it missed:
//   node scripts/challenge.mjs [--explain] [--file death.yaml]
// (needs `npm run build` first; npm test runs the same scoring with a floor).
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCases, scoreCases } from '../challenge/score.mjs';
import { extractDoc } from '../dist/src/services/extraction/extract-article.js';
import { presentExtraction } from '../dist/src/services/extraction/present-extraction.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
const cases = readCases(join(root, 'challenge')).filter((c) => !only || c.file === only);
const result = scoreCases(cases, (text, published) => presentExtraction(extractDoc(text, { published })));
if (args.includes('--explain')) {
  for (const f of result.failures) console.log(`${f.file} [${f.construction}] ${f.text}\n${f.notes.map((n) => `  ${n}`).join('\n')}`);
}
const line = ([tp, p, g]) => `P ${(p ? tp / p : 1).toFixed(2)} R ${(g ? tp / g : 1).toFixed(2)}`;
console.log(`${cases.length} cases | events ${line(result.events)} F1 ${result.f1.toFixed(2)} | dated events ${line(result.dated)} F1 ${result.datedF1.toFixed(2)} | negatives clean ${result.negatives.clean}/${result.negatives.cases}`);
