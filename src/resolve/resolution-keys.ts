import type { Lexicon } from "../nlp/lexicon.js";
import { nameParts } from "../nlp/names/name-parts.js";

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

/** A Korean full name read as its canonical surname and its given-name syllables, each in its folded spelling ("Pak Chol-su" -> pak, [chol, su]). */
export interface KoreanName {
  surname: string;
  syllables: string[];
  /** Whether each syllable as written is a known Korean syllable (a misspelled one is not). */
  known: boolean[];
}

/** The parts of a name read as a Korean name, or undefined when the first is no Korean surname or the given name has more than three syllables. */
export function koreanName(parts: string[], lex: Lexicon): KoreanName | undefined {
  const surname = parts.length > 1 ? lex.koreanSurnames.get(parts[0]) : undefined;
  if (!surname) return undefined;
  const given = parts.slice(1).flatMap((p) => (lex.koreanSyllables.has(p) ? [p] : splitSyllables(p, lex.koreanSyllables) ?? [p]));
  if (given.length > 3) return undefined;
  return { surname: surname.toLowerCase(), syllables: given.map(syllableKey), known: given.map((g) => lex.koreanSyllables.has(g)) };
}

export interface ResolutionKeys {
  /** "korean" names key on surname + given syllables; "other" on the last name. */
  kind: "korean" | "other" | "single";
  /** Exact key after folding: same key, very likely the same spelling of the same name. */
  full: string;
  /** Blocking key: candidates share it. */
  block: string;
  parts: string[];
}

/**
 * Keys for resolving a name across documents: "Choe Yong-nam", "Choi Yongnam"
 * and "Choe Young Nam" share one; "Pak Chol Su" and "Pak Chol-su" too;
 * "Maria Rojas" and "Rojas" share a block.
 */
export function resolutionKeys(name: string, lex: Lexicon): ResolutionKeys {
  const parts = nameParts(name);
  if (parts.length === 1) return { kind: "single", full: parts[0] ?? "", block: parts[0] ?? "", parts };
  const korean = koreanName(parts, lex);
  if (korean) {
    const key = `${korean.surname}|${korean.syllables.join("")}`;
    return { kind: "korean", full: key, block: key, parts };
  }
  const last = parts.filter((p) => !lex.particles.has(p)).at(-1) ?? parts.at(-1)!;
  return { kind: "other", full: parts.join(" "), block: last, parts };
}
