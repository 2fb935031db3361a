// Builds data/places/countries.json from the countries-list package (MIT) plus the
// hand-written data/places/countries-extra.json.
//
//   node scripts/build-data/build-countries.mjs /path/to/node_modules
//
// The package is needed only here; the generated file is committed.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, fold, readJson, sortUnique, writeJsonArray } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = process.argv[2];
if (!modules) {
  console.error('usage: build-countries.mjs <node_modules dir containing countries-list>');
  process.exit(2);
}
const source = readJson(join(modules, 'countries-list', 'countries.min.json'));
const extra = readJson(join(root, 'data', 'places', 'countries-extra.json'));

const out = [];
const missing = Object.keys(extra.countries).filter((code) => !source[code]);
if (missing.length) throw new Error(`countries-extra.json has unknown codes: ${missing.join(', ')}`);

for (const [code, c] of Object.entries(source)) {
  const x = extra.countries[code];
  if (!x) throw new Error(`no countries-extra.json entry for ${code} (${c.name})`);
  const name = x.name ?? c.name;
  const drop = new Set(x.dropAliases ?? []);
  const aliases = [...(c.alias ?? []), ...(x.aliases ?? [])];
  if (name !== c.name) aliases.push(c.name);
  const capital = x.capital ?? (c.capital || undefined);
  out.push(entry({
    name,
    code,
    aliases: aliases.filter((a) => !drop.has(a) && a !== name),
    demonyms: x.demonyms ?? [],
    capital,
    cities: x.cities ?? [],
    territory: x.territory,
    country: x.country,
  }));
}
for (const h of extra.historical) out.push(entry({ ...h, historical: true }));

function entry(e) {
  const cities = sortUnique([...(e.capital ? [e.capital] : []), ...e.cities]);
  const r = { name: e.name };
  if (e.code) r.code = e.code;
  r.aliases = sortUnique(e.aliases);
  r.demonyms = sortUnique(e.demonyms);
  if (e.capital) r.capital = e.capital;
  r.cities = cities;
  if (e.territory) r.territory = true;
  if (e.country) r.country = e.country;
  if (e.historical) r.historical = true;
  return r;
}

out.sort((a, b) => compare(a.name, b.name));

// Every name, alias and demonym must point at exactly one entry.
const seen = new Map();
for (const e of out) {
  for (const s of [e.name, ...e.aliases, ...e.demonyms]) {
    const k = fold(s);
    if (seen.has(k) && seen.get(k) !== e.name) throw new Error(`"${s}" used by ${seen.get(k)} and ${e.name}`);
    seen.set(k, e.name);
  }
}
const names = new Set(out.map((e) => e.name));
for (const e of out) if (e.country && !names.has(e.country)) throw new Error(`${e.name}: unknown parent ${e.country}`);

writeJsonArray(join(root, 'data', 'places', 'countries.json'), out);
console.log(`countries.json: ${out.length} entries`);
