// Rewrites the hand-maintained data files in canonical form (sorted, de-duplicated, one
// entry per line), so they can be edited freely and then normalised:
//
//   node scripts/build-data/sort-data.mjs
//
// Files: data/places/regions.json, data/names/korean-surnames.json, data/names/honorifics.json,
// data/names/korean-syllables.txt, data/names/chinese-surnames.txt, data/names/name-particles.txt.
// (countries.json and given-names.txt are generated: see build-countries.mjs and build-given-names.mjs.)
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, readJson, readList, sortUnique, writeJsonArray, writeList } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const places = join(root, 'data', 'places');
const names = join(root, 'data', 'names');

const regions = readJson(join(places, 'regions.json')).map((r) => {
  const out = { name: r.name, country: r.country ?? null, kind: r.kind };
  for (const k of ['aliases', 'demonyms']) if (r[k]?.length) out[k] = sortUnique(r[k]);
  return out;
});
writeJsonArray(join(places, 'regions.json'), regions.sort((a, b) => compare(a.name, b.name)));

const korean = readJson(join(names, 'korean-surnames.json')).map((k) => {
  const out = { canonical: k.canonical, variants: sortUnique([k.canonical, ...k.variants]) };
  if (k.ambiguous?.length) out.ambiguous = sortUnique(k.ambiguous);
  return out;
});
writeJsonArray(join(names, 'korean-surnames.json'), korean.sort((a, b) => compare(a.canonical, b.canonical)));

writeJsonArray(join(names, 'honorifics.json'), sortUnique(readJson(join(names, 'honorifics.json'))));
for (const f of ['korean-syllables.txt', 'chinese-surnames.txt', 'name-particles.txt']) {
  writeList(join(names, f), sortUnique(readList(join(names, f))));
}
console.log('sorted: regions.json korean-surnames.json honorifics.json korean-syllables.txt chinese-surnames.txt name-particles.txt');
