#!/usr/bin/env node
// Writes data/lexicon/english-words.txt: the all-lower-case entries of a SCOWL
// word list (Debian package wamerican, /usr/share/dict/american-english), i.e.
// common English words. A capitalised word that is one of them ("Affairs",
// "Overseas") is weak evidence of a name. Usage: node english-words.mjs [LIST]
import { readFileSync, writeFileSync } from "node:fs";
const source = process.argv[2] ?? "/usr/share/dict/american-english";
const words = [...new Set(readFileSync(source, "utf8").split("\n").filter((w) => /^[a-z]+$/.test(w)))].sort();
const header = "# Common English words, lower case: the lower-case entries of SCOWL (american-english), Copyright 2000-2011 Kevin Atkinson; see data/README.md.\n";
writeFileSync(new URL("../../data/lexicon/english-words.txt", import.meta.url), header + words.join("\n") + "\n");
console.log(`${words.length} words`);
