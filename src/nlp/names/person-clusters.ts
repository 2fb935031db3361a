import type { NameMention } from "../../text/doc.js";
import { editDistance, nameKey, nameParts } from "./name-key.js";

/** People being built from name mentions: each with its parts and the positions it was named at. */
export interface Cluster {
  parts: string[];
  key: string;
  mentions: NameMention[];
}

const isSubsequence = (short: string[], long: string[]) => {
  let i = 0;
  for (const p of long) if (p === short[i]) i++;
  return i === short.length;
};

/**
 * Same person, written fully twice: "Kim Jong-un" = "Kim Jong Un";
 * "Pedro Castillo" inside "Pedro Castillo Terrones"; "Abdourahamane Tchiani" ~
 * "Abdourahmane Tchiani" (same surname, given names one or two letters apart).
 */
export function sameFullName(a: string[], b: string[]): boolean {
  if (a.join("") === b.join("")) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && short[0] === long[0] && isSubsequence(short, long)) return true;
  if (a.length === b.length && a.length >= 2 && a.at(-1) === b.at(-1) && a.slice(0, -1).join("").length >= 5) {
    return editDistance(a.slice(0, -1).join(""), b.slice(0, -1).join(""), 2) <= 2 && a[0][0] === b[0][0];
  }
  return false;
}

/** Clusters the full-name mentions (two or more parts) in text order. */
export function clusterFullNames(mentions: NameMention[], text: string): Cluster[] {
  const clusters: Cluster[] = [];
  // Two forms of one name start with the same letter: look only there.
  const byInitial = new Map<string, Cluster[]>();
  for (const m of mentions) {
    const parts = nameParts(text.slice(m.start, m.end));
    const initial = parts[0]?.[0] ?? "";
    const bucket = byInitial.get(initial) ?? [];
    const found = bucket.find((c) => sameFullName(c.parts, parts));
    if (found) {
      found.mentions.push(m);
      if (parts.length > found.parts.length) found.parts = parts;
    } else {
      const c = { parts, key: nameKey(text.slice(m.start, m.end)), mentions: [m] };
      clusters.push(c);
      byInitial.set(initial, [...bucket, c]);
    }
  }
  return clusters;
}

/**
 * The person a short form ("Thae", "Mr Kim", "Jeong") refers to: a cluster
 * holding the word as its first or last part, the one named most recently
 * before it, else the first named after it.
 */
export function clusterForShortForm(word: string, at: number, clusters: Cluster[]): Cluster | undefined {
  const w = nameParts(word).join(" ");
  const wParts = w.split(" ");
  const holds = (c: Cluster) =>
    wParts.length === 1 ? c.parts[0] === w || c.parts.at(-1) === w : isSubsequence(wParts, c.parts);
  const candidates = clusters.filter((c) => c.parts.length > wParts.length && holds(c));
  if (!candidates.length) return undefined;
  const lastBefore = (c: Cluster) => Math.max(-1, ...c.mentions.filter((m) => m.start < at).map((m) => m.start));
  const before = candidates.filter((c) => lastBefore(c) >= 0).sort((a, b) => lastBefore(b) - lastBefore(a));
  if (before.length) return before[0];
  const firstAfter = (c: Cluster) => Math.min(...c.mentions.map((m) => m.start));
  return candidates.sort((a, b) => firstAfter(a) - firstAfter(b))[0];
}
