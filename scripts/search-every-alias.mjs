#!/usr/bin/env node
// Searches a knowledge base for every name and alias of every person it holds, and
// prints the spellings whose search does not list their person (see eval.mjs).
//   node scripts/search-every-alias.mjs DB
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { openStore } = await import(join(root, "dist", "src", "store", "open-store.js"));
const { peopleList, searchKnowledgeBase } = await import(join(root, "dist", "src", "services", "reading", "kb-queries.js"));
const store = await openStore(process.argv[2]);
let spellings = 0;
const missed = [];
for (const p of await peopleList(store)) {
  for (const name of new Set([p.name, ...p.aliases])) {
    spellings++;
    const found = await searchKnowledgeBase(store, name);
    if (!found.people.some((x) => x.id === p.id)) missed.push(`${name} (person ${p.id}, ${p.name})`);
  }
}
await store.close();
for (const m of missed) console.log(`  not found: ${m}`);
console.log(`search by every spelling: ${spellings - missed.length}/${spellings} found their person`);
process.exit(missed.length ? 1 : 0);
