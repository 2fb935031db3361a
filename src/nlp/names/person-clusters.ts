import type { NameMention } from "../../text/doc.js";
import { editDistance, spellingKey, nameParts } from "./name-parts.js";

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
 * Same person, written fully twice: "Pak Chol-su" = "Pak Chol Su";
 * "Ana Rojas" inside "Ana Rojas Vidal"; "Abdoulkarim Sani" ~ "Abdulkarim
 * Sani" (same surname, given names one or two letters apart).
 */
export function sameFullName(a: string[], b: string[]): boolean {
  if (a.join("") === b.join("")) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 2 && short[0] === long[0] && isSubsequence(short, long)) return true;
  // Spelled a letter or two apart, part by part; a short part (a Korean syllable: "Pak Chol Su", "Pak Chol Min") must be equal.
  if (a.length === b.length && a.length >= 2 && a.at(-1) === b.at(-1) && a.slice(0, -1).join("").length >= 5) {
    let total = 0;
    for (let i = 0; i < a.length - 1; i++) {
      if (a[i] === b[i]) continue;
      if (Math.min(a[i].length, b[i].length) < 5) return false;
      total += editDistance(a[i], b[i], 2);
    }
    return total <= 2 && a[0][0] === b[0][0];
  }
  return false;
}

/** Clusters the full-name mentions (two or more parts) in text order. */
export function clusterFullNames(mentions: NameMention[], text: string): Cluster[] {
  const clusters: Cluster[] = [];
  // A spelling seen before is its cluster's at once; a new one is compared with the names of the same initial.
  const byKey = new Map<string, Cluster>();
  const byInitial = new Map<string, Cluster[]>();
  for (const m of mentions) {
    const key = spellingKey(text.slice(m.start, m.end));
    const parts = nameParts(text.slice(m.start, m.end));
    const initial = parts[0]?.[0] ?? "";
    const bucket = byInitial.get(initial) ?? [];
    const found = byKey.get(key) ?? bucket.find((c) => sameFullName(c.parts, parts));
    if (found) {
      found.mentions.push(m);
      if (parts.length > found.parts.length) found.parts = parts;
      byKey.set(key, found);
    } else {
      const c = { parts, key, mentions: [m] };
      clusters.push(c);
      bucket.push(c);
      byInitial.set(initial, bucket);
      byKey.set(key, c);
    }
  }
  return clusters;
}

/**
 * Finds the person a short form ("Thae", "Mr Kim", "Jeong") refers to: a
 * cluster holding the word as its first or last part, the one named most
 * recently before it, else the first named after it. Clusters are indexed
 * by their parts and their mention positions kept sorted, so that each
 * lookup reads only the clusters sharing a part (long documents stay linear).
 */
export class ShortForms {
  private readonly byPart = new Map<string, Cluster[]>();
  /** Each cluster's full-name positions, sorted, and the short forms added since, in text order. */
  private readonly starts = new Map<Cluster, number[]>();
  private readonly added = new Map<Cluster, number>();
  private readonly first = new Map<Cluster, number>();

  /** `possessors`: where a full name stands as a possessor ("Pak's son"), which does not make it the one a later short form names. */
  constructor(clusters: Cluster[], private readonly givenNames: Set<string> = new Set(), private readonly possessors: Set<number> = new Set()) {
    for (const c of clusters) this.add(c);
  }

  /** Adds a cluster, or a mention to one, in text order after the full names. */
  add(c: Cluster, mention?: NameMention): void {
    if (mention) { c.mentions.push(mention); this.added.set(c, mention.start); return; }
    this.starts.set(c, c.mentions.map((m) => m.start).filter((start) => !this.possessors.has(start)).sort((a, b) => a - b));
    this.first.set(c, Math.min(...c.mentions.map((m) => m.start)));
    for (const part of new Set(c.parts)) {
      const list = this.byPart.get(part);
      if (list) list.push(c); else this.byPart.set(part, [c]);
    }
  }

  find(word: string, at: number): Cluster | undefined {
    const wParts = nameParts(word);
    const w = wParts.join(" ");
    // "Quintana" for "Valeria Quintana Robles": with two surnames, the first is the one used alone.
    const holds = (c: Cluster) =>
      wParts.length === 1 ? c.parts[0] === w || c.parts.at(-1) === w || (c.parts.length >= 3 && c.parts[c.parts.length - 2] === w && this.givenNames.has(c.parts[0])) : isSubsequence(wParts, c.parts);
    const candidates = (this.byPart.get(wParts[0] ?? "") ?? []).filter((c) => c.parts.length > wParts.length && holds(c));
    if (!candidates.length) return undefined;
    let best: Cluster | undefined, bestAt = -1;
    for (const c of candidates) {
      const last = this.lastBefore(c, at);
      if (last > bestAt) { best = c; bestAt = last; }
    }
    if (best) return best;
    return candidates.sort((a, b) => this.first.get(a)! - this.first.get(b)!)[0];
  }

  /** The last position before `at` the cluster was named at, or -1. */
  private lastBefore(c: Cluster, at: number): number {
    const starts = this.starts.get(c)!;
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < at) lo = mid + 1; else hi = mid;
    }
    // Short forms are added in text order, so the last one added came before `at`.
    return Math.max(lo > 0 ? starts[lo - 1] : -1, this.added.get(c) ?? -1);
  }
}
