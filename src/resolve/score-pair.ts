import { editDistance } from "../nlp/names/name-parts.js";
import type { ResolutionKeys } from "./resolution-keys.js";
import type { PersonProfile } from "./person-profile.js";

export type MatchVerdict = "same" | "unsure" | "different";

export interface Match {
  verdict: MatchVerdict;
  score: number;
  why: string;
}

const overlap = (a: string[], b: string[]) => a.some((x) => b.includes(x));
const titleWords = (ts: string[]) => ts.flatMap((t) => t.split(" ")).filter((w) => w.length > 3);

/** Shared posts, countries or dated events: context that two similar names are one person. */
export function sharedContext(a: PersonProfile, b: PersonProfile): string[] {
  const found: string[] = [];
  if (overlap(titleWords(a.titles), titleWords(b.titles))) found.push("same post");
  if (overlap(a.countries, b.countries)) found.push("same country");
  if (overlap(a.events, b.events)) found.push("same event and year");
  return found;
}

/**
 * Are two documents' persons the same person? Korean names compare on
 * surname and romanized syllables ("Thae Yong-ho" = "Tae Yongho"); others on
 * their parts. A near miss with shared context ("Pak Sung-il" / "Park
 * Seung-il", both an envoy to Laos who fled in 2004) is "unsure": a
 * suggestion for an analyst, never an automatic merge.
 */
export function scorePair(a: PersonProfile, b: PersonProfile): Match {
  let best: Match = { verdict: "different", score: 0, why: "different names" };
  for (const ka of a.keys) for (const kb of b.keys) {
    const m = scoreKeys(ka, kb, a, b);
    if (m.score > best.score) best = m;
  }
  return best;
}

function scoreKeys(ka: ResolutionKeys, kb: ResolutionKeys, a: PersonProfile, b: PersonProfile): Match {
  if (ka.full === kb.full && ka.kind !== "single") return { verdict: "same", score: 0.97, why: `same name (${ka.full})` };
  const context = sharedContext(a, b);
  if (ka.kind === "korean" && kb.kind === "korean") {
    const [sa, ga] = ka.full.split("|"), [sb, gb] = kb.full.split("|");
    if (sa === sb && editDistance(ga, gb, 2) <= 2 && context.length) return { verdict: "unsure", score: 0.6, why: `similar names, ${context.join(", ")}` };
    return { verdict: "different", score: 0, why: "different names" };
  }
  if (ka.kind === "other" && kb.kind === "other" && ka.block === kb.block) {
    const [fa, fb] = [ka.parts[0], kb.parts[0]];
    if (fa === fb) return { verdict: "same", score: 0.9, why: "same first and last name" };
    if (fa[0] === fb[0] && (fa.length === 1 || fb.length === 1 || editDistance(fa, fb, 2) <= 1)) return { verdict: context.length ? "same" : "unsure", score: 0.75, why: "first names alike" };
  }
  return { verdict: "different", score: 0, why: "different names" };
}

/**
 * A name given alone ("Trump") and a full name ending in it ("Donald
 * Trump"): the same person when the full name is the only one with that
 * last name; Korean surnames alone ("Kim") are never enough.
 */
export function surnameOnly(single: PersonProfile, full: PersonProfile, koreanSurname: boolean): boolean {
  return !koreanSurname && single.key.kind === "single" && full.key.kind === "other" && full.key.block === single.key.block;
}
