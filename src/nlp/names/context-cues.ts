import type { Lexicon } from "../lexicon.js";

const AFTER_AGE = /^,\s*\d{1,3},/;
const AFTER_WHO = /^,\s*(?:who|whose)\b/;
const AFTER_APPOSITIVE_TITLE = /^,\s*(?:(?:the|a|an|then|now)\s+)?(?:former\s+|then\s+|current\s+|new\s+)?([\p{Ll} '’-]{3,60}?)(?:\s+(?:of|in|at|to|for)\b|,|\.|$)/u;
const KIN = "wife|husband|son|daughter|sons|daughters|father|mother|brother|sister|uncle|aunt|nephew|niece|widow|widower|teammate|lawyer|children|family|grandson|granddaughter|stepson|stepdaughter|half-brother|half-sister";
const KIN_BEFORE = new RegExp(`(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir)|['’]s)\\s+(?:${KIN}),?\\s*$`, "u");
/** What happens to a person that a possessor undergoes: "Pak's arrest". */
const FATES = "defection|execution|arrest|detention|death|lawyers?";
const KIN_AFTER = new RegExp(`^['’]s?\\s+(?:late\\s+|former\\s+)?(?:${KIN}|${FATES}|release|spokesman|spokeswoman|office|aides?)\\b`, "u");
const WORD_AFTER = /^\s+([\p{L}]+)/u;
/** What only a person has: kin, and what happens to a body or a life ("Lenin's funeral", "Okafor's disappearance"). */
const OWNED_BY_PERSON = new RegExp(`^['’]s?\\s+(?:late\\s+|former\\s+|own\\s+)?(?:${KIN}|${FATES}|disappearance|assassination|murder|killing|funeral|burial|imprisonment|abduction|kidnapping|fiancée?|bodyguards?)\\b`, "u");

/** "Okafor's funeral": a name that owns what only a person has. */
export function ownedByPerson(text: string, end: number): boolean {
  return OWNED_BY_PERSON.test(text.slice(end, end + 40));
}

/**
 * Evidence around a name that it belongs to a person: "Jang Song-thaek, 67,",
 * "Jeong said", "spokesman Jeong Joon-hee", "Thae, the deputy ambassador".
 * Returns the title found, "" for a cue without a title, or undefined.
 */
export function personContext(text: string, start: number, end: number, lex: Lexicon, single = false): string | undefined {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 60), start);
  // "the navy's chief of staff, Pak Chol": a title set off by a comma.
  const titleBefore = titleEndingBefore(before, lex) ?? titleEndingBefore(before.replace(/,\s+$/, " "), lex);
  if (titleBefore) return titleBefore;
  // "his wife, Olga,", "Petrov’s wife Nadia", "his son Ivan"
  if (KIN_BEFORE.test(before)) return "";
  // "Litvinenko’s wife", "Thae’s defection"
  if (KIN_AFTER.test(after)) return "";
  const appositive = after.match(AFTER_APPOSITIVE_TITLE);
  if (appositive) {
    const title = longestTitleIn(appositive[1], lex);
    if (title) return title;
  }
  if (AFTER_AGE.test(after) || AFTER_WHO.test(after)) return "";
  const next = after.match(WORD_AFTER)?.[1];
  // A lone word before "was" may be anything; before "said" it is a speaker.
  if (next && (lex.speechVerbs.has(next) || (!single && lex.personVerbs.has(next)))) return "";
  if (/^\s*\(\s*(?:left|right|center|centre)\s*\)/i.test(after)) return "";
  return undefined;
}

/** "North Korean leader Kim Jong Un": a lower-case title right before the name. */
export function titleEndingBefore(before: string, lex: Lexicon): string | undefined {
  if (!/\s$/.test(before)) return undefined;
  const tail = before.trimEnd().split(/\s+/).slice(-lex.titleMaxWords);
  // Only the lower-case words right before the name.
  let k = tail.length;
  while (k > 0 && /^[\p{Ll}'’-]+$/u.test(tail[k - 1])) k--;
  const words = tail.slice(k);
  if (!words.length) return undefined;
  for (let n = Math.min(words.length, lex.titleMaxWords); n >= 1; n--) {
    const candidate = words.slice(words.length - n).join(" ").toLowerCase();
    if (lex.titles.has(candidate)) return candidate;
  }
  return undefined;
}

/** The longest known title inside a phrase: "former vice foreign minister" -> "vice foreign minister". */
export function longestTitleIn(phrase: string, lex: Lexicon): string | undefined {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  let best: string | undefined;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(lex.titleMaxWords, words.length - i); n >= 1; n--) {
      const t = words.slice(i, i + n).join(" ");
      if (lex.titles.has(t) && (!best || t.length > best.length)) best = t;
    }
  }
  return best;
}
