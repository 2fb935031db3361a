import { readDataJson } from "../../model/paths.js";

/** Known posts, longest first, with their rank from data/lexicon/titles.json (higher is more senior). */
let known: [string, number][] | undefined;

function knownTitles(): [string, number][] {
  known ??= Object.entries(readDataJson<{ titles: Record<string, number> }>("lexicon", "titles.json").titles)
    .map(([t, rank]): [string, number] => [t.toLowerCase(), rank])
    .sort(([a], [b]) => b.length - a.length);
  return known;
}

/**
 * The rank of a post as written: that of the longest known title inside it
 * ("deputy ambassador to Italy" is a deputy ambassador, not an ambassador);
 * 0 when none is known.
 */
export function titleRank(title: string): number {
  const words = ` ${title.toLowerCase().replace(/[^\p{L}\p{N}'’-]+/gu, " ").trim()} `;
  return knownTitles().find(([t]) => words.includes(` ${t} `))?.[1] ?? 0;
}

/** A person's rank: their most senior post. */
export const personRank = (titles: string[]): number => Math.max(0, ...titles.map(titleRank));
