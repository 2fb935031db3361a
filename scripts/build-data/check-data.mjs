// Checks the shape of every data file under data/places and data/names.
//
//   node scripts/build-data/check-data.mjs
//
// Needs no packages. Exits non-zero and lists the problems if any check fails.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, fold, isTitleCase, toTitleCase } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const data = join(root, 'data');
let passed = 0;
const failures = [];

function check(label, problems) {
  if (problems.length === 0) passed++;
  else failures.push(`${label}:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  ... ${problems.length - 20} more` : ''}`);
}

/** Strict UTF-8, no BOM, LF line ends, final newline. */
function readText(path) {
  const bytes = readFileSync(path);
  const label = relative(root, path);
  const problems = [];
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push('not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) problems.push('starts with a byte order mark');
  if (text.includes('\r')) problems.push('contains CR characters');
  if (text.length && !text.endsWith('\n')) problems.push('does not end with a newline');
  check(`${label} encoding`, problems);
  return text;
}

function readJson(path) {
  const text = readText(path);
  try {
    const v = JSON.parse(text);
    check(`${relative(root, path)} parses`, []);
    return v;
  } catch (e) {
    check(`${relative(root, path)} parses`, [e.message]);
    return undefined;
  }
}

/** Data list files: no comments, no blank lines, no surrounding spaces. */
function readLines(path) {
  const lines = readText(path).split('\n').slice(0, -1);
  check(`${relative(root, path)} lines`, lines.flatMap((l, i) =>
    l === '' ? [`line ${i + 1} is blank`] : l !== l.trim() ? [`line ${i + 1} has surrounding spaces`] : l.startsWith('#') ? [`line ${i + 1} is a comment`] : []));
  return lines;
}

/** Generator inputs: '#' comments and blank lines allowed. */
function readSource(path) {
  return readText(path).split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

function duplicates(list, key = (x) => x) {
  const seen = new Set();
  const dup = [];
  for (const x of list) {
    const k = key(x);
    if (seen.has(k)) dup.push(`duplicate: ${x}`);
    seen.add(k);
  }
  return dup;
}

function unsorted(list) {
  const out = [];
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) out.push(`out of order: ${list[i - 1]} > ${list[i]}`);
  return out;
}

const isStringArray = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length > 0);
const placeString = (s) => typeof s === 'string' && /^[\p{Lu}\d]/u.test(s) && s === s.trim() && !s.includes('  ');
const unknownKeys = (obj, allowed) => Object.keys(obj).filter((k) => !allowed.includes(k));

// ---------------------------------------------------------------- every JSON file parses
for (const dir of ['places', 'names']) {
  for (const f of readdirSync(join(data, dir)).filter((f) => f.endsWith('.json'))) readJson(join(data, dir, f));
}

// ---------------------------------------------------------------- countries.json
const countries = readJson(join(data, 'places', 'countries.json')) ?? [];
{
  const p = [];
  if (!Array.isArray(countries)) p.push('not an array');
  const names = new Set(countries.map((c) => c.name));
  for (const c of countries) {
    const id = c.name ?? JSON.stringify(c);
    if (!placeString(c.name)) p.push(`${id}: bad name`);
    for (const k of unknownKeys(c, ['name', 'code', 'aliases', 'demonyms', 'capital', 'cities', 'territory', 'country', 'historical'])) p.push(`${id}: unknown key ${k}`);
    if (c.code !== undefined && !/^[A-Z]{2}$/.test(c.code)) p.push(`${id}: bad code ${c.code}`);
    for (const k of ['aliases', 'demonyms', 'cities']) {
      if (!isStringArray(c[k])) { p.push(`${id}: ${k} is not a string array`); continue; }
      p.push(...c[k].filter((s) => !placeString(s)).map((s) => `${id}: bad ${k} entry "${s}"`));
      p.push(...duplicates(c[k]).map((d) => `${id} ${k}: ${d}`), ...unsorted(c[k]).map((d) => `${id} ${k}: ${d}`));
    }
    if (c.capital !== undefined && !(placeString(c.capital) && c.cities?.includes(c.capital))) p.push(`${id}: capital missing from cities`);
    if (c.country !== undefined && !names.has(c.country)) p.push(`${id}: unknown parent country ${c.country}`);
    for (const k of ['territory', 'historical']) if (c[k] !== undefined && c[k] !== true) p.push(`${id}: ${k} must be true or absent`);
    if (c.aliases?.includes(c.name)) p.push(`${id}: name repeated as alias`);
  }
  p.push(...unsorted(countries.map((c) => c.name)));
  p.push(...duplicates(countries.filter((c) => c.code).map((c) => c.code)));
  // A name, alias or demonym must identify exactly one country.
  const owner = new Map();
  for (const c of countries) {
    for (const s of new Set([c.name, ...(c.aliases ?? []), ...(c.demonyms ?? [])].map(fold))) {
      if (owner.has(s)) p.push(`"${s}" belongs to both ${owner.get(s)} and ${c.name}`);
      owner.set(s, c.name);
    }
  }
  check('countries.json shape', p);
}

// ---------------------------------------------------------------- regions.json
const regions = readJson(join(data, 'places', 'regions.json')) ?? [];
{
  const p = [];
  const kinds = ['province', 'region', 'territory', 'island', 'geo', 'water', 'border', 'mountain'];
  const countryNames = new Set(countries.map((c) => c.name));
  const countryTerms = new Set(countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]).map(fold));
  const owner = new Map();
  for (const r of regions) {
    const id = r.name ?? JSON.stringify(r);
    if (!placeString(r.name)) p.push(`${id}: bad name`);
    for (const k of unknownKeys(r, ['name', 'country', 'kind', 'aliases', 'demonyms'])) p.push(`${id}: unknown key ${k}`);
    if (!(r.country === null || countryNames.has(r.country))) p.push(`${id}: country must be a countries.json name or null`);
    if (!kinds.includes(r.kind)) p.push(`${id}: kind must be one of ${kinds.join('/')}`);
    for (const k of ['aliases', 'demonyms']) {
      if (r[k] === undefined) continue;
      if (!isStringArray(r[k]) || r[k].length === 0) { p.push(`${id}: ${k} must be a non-empty string array or absent`); continue; }
      p.push(...r[k].filter((s) => !placeString(s)).map((s) => `${id}: bad ${k} entry "${s}"`));
      p.push(...unsorted(r[k]).map((d) => `${id} ${k}: ${d}`));
    }
    for (const s of [r.name, ...(r.aliases ?? []), ...(r.demonyms ?? [])]) {
      const f = fold(s);
      if (countryTerms.has(f)) p.push(`${id}: "${s}" is already a country name, alias or demonym`);
      if (owner.has(f) && owner.get(f) !== id) p.push(`"${s}" used by both ${owner.get(f)} and ${id}`);
      owner.set(f, id);
    }
  }
  p.push(...unsorted(regions.map((r) => r.name)));
  check('regions.json shape', p);
}

// ---------------------------------------------------------------- given names
const honorifics = readJson(join(data, 'names', 'honorifics.json')) ?? [];
const particles = readLines(join(data, 'names', 'name-particles.txt'));
const given = readLines(join(data, 'names', 'given-names.txt'));
{
  const p = [];
  p.push(...given.filter((n) => !isTitleCase(n)).map((n) => `not Title Case: ${n}`));
  p.push(...duplicates(given), ...unsorted(given));
  const givenSet = new Set(given);
  const stop = readSource(join(data, 'names', 'given-names-stop.txt'));
  const extra = readSource(join(data, 'names', 'given-names-extra.txt'));
  p.push(...stop.filter((n) => !isTitleCase(n)).map((n) => `stop list entry not Title Case: ${n}`));
  p.push(...extra.filter((n) => !isTitleCase(n)).map((n) => `extra list entry not Title Case: ${n}`));
  p.push(...stop.filter((n) => givenSet.has(n)).map((n) => `stop-listed name present: ${n}`));
  const banned = new Set([...countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]), ...honorifics, ...particles.map(toTitleCase)].map(fold));
  p.push(...given.filter((n) => banned.has(fold(n))).map((n) => `country term, honorific or particle present: ${n}`));
  const stopSet = new Set(stop);
  p.push(...extra.filter((n) => !stopSet.has(n) && !banned.has(fold(n)) && !givenSet.has(n)).map((n) => `extra name missing (rerun build-given-names.mjs): ${n}`));
  if (given.length < 5000) p.push(`only ${given.length} names`);
  check('given-names.txt content', p);
}

// ---------------------------------------------------------------- Korean names
const korean = readJson(join(data, 'names', 'korean-surnames.json')) ?? [];
{
  const p = [];
  for (const k of korean) {
    const id = k.canonical ?? JSON.stringify(k);
    for (const key of unknownKeys(k, ['canonical', 'variants', 'ambiguous'])) p.push(`${id}: unknown key ${key}`);
    if (!isTitleCase(k.canonical ?? '')) p.push(`${id}: canonical not Title Case`);
    if (!isStringArray(k.variants) || !k.variants.includes(k.canonical)) { p.push(`${id}: variants must include the canonical form`); continue; }
    p.push(...k.variants.filter((v) => !isTitleCase(v)).map((v) => `${id}: variant not Title Case: ${v}`));
    p.push(...unsorted(k.variants).map((d) => `${id}: ${d}`));
    if (k.ambiguous !== undefined && !(isStringArray(k.ambiguous) && k.ambiguous.every((a) => k.variants.includes(a)))) p.push(`${id}: ambiguous must list variants`);
  }
  p.push(...duplicates(korean.flatMap((k) => k.variants ?? [])));
  p.push(...unsorted(korean.map((k) => k.canonical)));
  if (korean.length < 40) p.push(`only ${korean.length} surnames`);
  check('korean-surnames.json shape', p);
}
for (const [file, min] of [['korean-syllables.txt', 150], ['chinese-surnames.txt', 100]]) {
  const list = readLines(join(data, 'names', file));
  const p = list.filter((s) => !isTitleCase(s)).map((s) => `not Title Case: ${s}`);
  p.push(...duplicates(list), ...unsorted(list));
  if (list.length < min) p.push(`only ${list.length} entries`);
  check(`${file} content`, p);
}

// ---------------------------------------------------------------- particles and honorifics
{
  const p = particles.filter((s) => !/^\p{Ll}+$/u.test(s)).map((s) => `not a lower-case word: ${s}`);
  p.push(...duplicates(particles), ...unsorted(particles));
  check('name-particles.txt content', p);
}
{
  const p = [];
  if (!isStringArray(honorifics)) p.push('not an array of strings');
  else {
    p.push(...honorifics.filter((h) => !h.split(' ').every((w) => isTitleCase(w) || w === 'of' || w === 'the')).map((h) => `not Title Case words: ${h}`));
    p.push(...honorifics.filter((h) => h.endsWith('.')).map((h) => `list the bare form without a dot: ${h}`));
    p.push(...duplicates(honorifics), ...unsorted(honorifics));
  }
  check('honorifics.json shape', p);
}

// ---------------------------------------------------------------- event grammar and its generated lexicon
{
  const grammar = readJson(join(data, 'lexicon', 'event-grammar.json')) ?? { types: {} };
  const generated = readJson(join(data, 'lexicon', 'event-lexicon.json')) ?? { types: {}, forms: {} };
  const p = [];
  const forms = new Set(Object.values(generated.forms ?? {}).flat().map(([lemma]) => lemma));
  for (const [type, entry] of Object.entries(grammar.types)) {
    const built = generated.types?.[type];
    if (!built) { p.push(`${type}: missing from event-lexicon.json (run build-event-lexicon.mjs)`); continue; }
    for (const role of ['subject', 'object']) for (const v of entry[role]) if (!built[role].includes(v)) p.push(`${type}: ${v} not in event-lexicon.json (rebuild it)`);
    if (JSON.stringify(built.constructions.slice(0, entry.constructions.length)) !== JSON.stringify(entry.constructions)) p.push(`${type}: constructions differ from event-lexicon.json (rebuild it)`);
    for (const c of entry.constructions) {
      if (!['subject', 'object'].includes(c.patient)) p.push(`${type}: construction ${c.verb} has no patient`);
      for (const v of c.verb.split('|')) if (!forms.has(v)) p.push(`${type}: no forms for ${v} (rebuild event-lexicon.json)`);
    }
    for (const n of [...entry.nouns, ...entry.adjectives]) if (!forms.has(n)) p.push(`${type}: no forms for ${n} (rebuild event-lexicon.json)`);
  }
  check('event-grammar.json and event-lexicon.json agree', p);
}

for (const f of failures) console.error(`FAIL ${f}`);
console.log(`check-data: ${countries.length} countries, ${regions.length} regions, ${given.length} given names, ${korean.length} Korean surnames`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
