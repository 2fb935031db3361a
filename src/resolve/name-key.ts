import type { Lexicon } from "../nlp/lexicon.js";
import { nameParts } from "../nlp/names/name-key.js";

/**
 * One spelling for the romanizations of a Korean syllable, so that Jong /
 * Jung / Chong, Yop / Yob / Yeop, Young / Yong, Gyu / Kyu, Seong / Sung /
 * Song, Hyok / Hyuk all meet. Lossy on purpose: it only groups candidates,
 * and scoring decides.
 */
export function syllableKey(s: string): string {
  return s
    .replace(/^ch/, "j").replace(/^k/, "g").replace(/^p(?!h)/, "b").replace(/^t(?!h)/, "d").replace(/^sh/, "s").replace(/^r(?=[aeiouy])/, "r")
    .replace(/yeo|yo(?=u)/g, "yo").replace(/eo/g, "o").replace(/eu/g, "u").replace(/oo|ou/g, "u").replace(/ee|ie|ui/g, "i")
    .replace(/u/g, "o")
    .replace(/b$/, "p")
    .replace(/(.)\1+/g, "$1");
}

/** Splits a run-together Korean given name into known syllables: "yongho" -> ["yong", "ho"]. */
export function splitSyllables(word: string, syllables: Set<string>, parts: string[] = []): string[] | undefined {
  if (!word) return parts;
  if (parts.length === 3) return undefined;
  for (let len = Math.min(5, word.length); len >= 1; len--) {
    const head = word.slice(0, len);
    if (!syllables.has(head)) continue;
    const rest = splitSyllables(word.slice(len), syllables, [...parts, head]);
    if (rest) return rest;
  }
  return undefined;
}

export interface NameKey {
  /** "korean" names key on surname + given syllables; "other" on the last name. */
  kind: "korean" | "other" | "single";
  /** Exact key after folding: same key, very likely the same spelling of the same name. */
  full: string;
  /** Blocking key: candidates share it. */
  block: string;
  parts: string[];
}

/**
 * Keys for resolving a name across documents: "Thae Yong-ho", "Tae Yongho"
 * and "Thae Young Ho" share one; "Kim Jong Un" and "Kim Jong-un" too;
 * "Donald Trump" and "Trump" share a block.
 */
export function nameKey(name: string, lex: Lexicon): NameKey {
  const parts = nameParts(name);
  if (parts.length === 1) return { kind: "single", full: parts[0] ?? "", block: parts[0] ?? "", parts };
  const surname = lex.koreanSurnames.get(parts[0]);
  if (surname) {
    const given = parts.slice(1).flatMap((p) => (lex.koreanSyllables.has(p) ? [p] : splitSyllables(p, lex.koreanSyllables) ?? [p]));
    if (given.length <= 3) {
      const key = `${surname.toLowerCase()}|${given.map(syllableKey).join("")}`;
      return { kind: "korean", full: key, block: key, parts };
    }
  }
  const last = parts.filter((p) => !lex.particles.has(p)).at(-1) ?? parts.at(-1)!;
  return { kind: "other", full: parts.join(" "), block: last, parts };
}
