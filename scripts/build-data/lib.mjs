// Shared helpers for the data generators and the checker (build time only).
import { readFileSync, writeFileSync } from 'node:fs';

/** Lower-case, accent-free key used for sorting and duplicate detection. */
export function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Deterministic order independent of the host's ICU/locale: folded form first, then code points. */
export function compare(a, b) {
  const fa = fold(a);
  const fb = fold(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sort and drop exact duplicates. */
export function sortUnique(list) {
  return [...new Set(list)].sort(compare);
}

/** Read a one-item-per-line source file; '#' starts a comment, blank lines are skipped. */
export function readList(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** Write a one-item-per-line data file (no comments), newline-terminated. */
export function writeList(path, items) {
  writeFileSync(path, items.join('\n') + '\n');
}

/** Write a JSON array compactly with one element per line (stable, diff-friendly). */
export function writeJsonArray(path, items) {
  writeFileSync(path, '[\n' + items.map((x) => JSON.stringify(x)).join(',\n') + '\n]\n');
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Title Case as used by the name lists: each hyphen-separated part starts with an
 * upper-case letter and continues with lower-case letters or apostrophes.
 */
export function isTitleCase(s) {
  return /^\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]*)*$/u.test(s);
}

/** Coerce "ErvIn" / "TEirtza" style data-entry slips to Title Case. */
export function toTitleCase(s) {
  return s
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase())
    .join('-');
}
