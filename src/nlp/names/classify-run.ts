import type { NameKind } from "../../text/doc.js";
import type { Lexicon } from "../lexicon.js";
import { isChineseName, isKoreanName } from "./korean-name.js";
import type { NameRun, Piece } from "./name-runs.js";

/** What a capitalised run turned out to hold. */
export interface RunReading {
  /** Places named on the way ("North Korean Foreign Minister …" names North Korea). */
  places: { pieces: Piece[]; place: string }[];
  /** The title in front of the name, as written ("Deputy Foreign Minister"). */
  title?: string;
  name?: { pieces: Piece[]; kind: NameKind | "unknown"; cue: PersonCue | null };
}

/** Why a run is taken as a person's name. */
export type PersonCue = "title" | "given-name" | "korean" | "chinese" | "context" | "shape";

export interface RunContext {
  lex: Lexicon;
  text: string;
  /** POS of the token starting at an offset. */
  posAt(offset: number): string | undefined;
}

const MODIFIERS = new Set(["former", "ex", "late", "acting", "deputy", "vice", "first", "second", "senior", "chief", "new", "then", "interim", "outgoing", "incoming"]);
const lowerOf = (ps: Piece[]) => ps.map((p) => p.text.toLowerCase().replace(/\.$/, "")).join(" ");

/** Longest title or honorific at the front of the pieces, with any modifiers ("Former Vice Foreign Minister"). */
function leadingTitle(pieces: Piece[], lex: Lexicon): number {
  let k = 0;
  while (k < pieces.length - 1 && MODIFIERS.has(pieces[k].text.toLowerCase())) k++;
  for (let n = Math.min(lex.titleMaxWords, pieces.length - 1 - k); n >= 1; n--) {
    const words = lowerOf(pieces.slice(k, k + n));
    if (lex.titles.has(words) || (n === 1 && lex.honorifics.has(words))) return k + n;
  }
  // "Finance Minister Ada Obi", "Interior Minister Pak": a portfolio before a post.
  for (let n = Math.min(3, pieces.length - 2 - k); n >= 1; n--) {
    const post = pieces[k + n].text.toLowerCase();
    if (lex.titles.has(post) && pieces.slice(k, k + n).every((p) => lex.englishWords.has(p.text.toLowerCase()) && !lex.givenNames.has(p.text.toLowerCase()) && !lex.places.has(p.text.toLowerCase()))) return k + n + 1;
  }
  // "Fisherman Ito Kenji": an occupation before a full name.
  const occupation = pieces[k].text.toLowerCase();
  if (pieces.length - k >= 3 && (lex.personNouns.has(occupation) || lex.personNouns.has(occupation.replace(/s$/, "")))) return k + 1;
  return 0;
}

/** Longest known place at the front ("North Korean", "South Korea"), used as a modifier. */
function leadingPlace(pieces: Piece[], lex: Lexicon): number {
  for (let n = Math.min(lex.placeMaxWords, pieces.length); n >= 1; n--) {
    if (lex.places.has(lowerOf(pieces.slice(0, n)))) return n;
  }
  return 0;
}

const isAcronym = (w: string) => /^[\p{Lu}\d.&-]{2,}$/u.test(w) && !/^\p{Lu}\.$/u.test(w);

function dropsAtStart(pieces: Piece[], run: NameRun, first: boolean, ctx: RunContext): boolean {
  const piece = pieces[0];
  const w = piece.text;
  // "South Korea": a place that starts with a word kept out of names.
  if (leadingPlace(pieces, ctx.lex)) return false;
  // "No Kwang Chol": a Korean surname that is also an English word, before two given-name syllables.
  if (pieces.length >= 3 && isKoreanName(pieces.slice(0, 3).map((p) => p.text), ctx.lex)) return false;
  if (ctx.lex.notNames.has(w) && !MODIFIERS.has(w.toLowerCase())) return true;
  // "Former Chilean senator Rojas": a modifier before a nationality is no part of a name.
  if (MODIFIERS.has(w.toLowerCase()) && pieces.length > 1 && leadingPlace(pieces.slice(1), ctx.lex) > 0) return true;
  if (ctx.lex.months.has(w) || ctx.lex.weekdays.has(w)) return true;
  // "Arrests in the capital…": a common word capitalised only because it starts the sentence.
  if (first && run.sentenceInitial) {
    const pos = ctx.posAt(piece.start);
    // ("President Pak said …": a title opening the sentence is peeled off as a title, not dropped as a common word.)
    const known = ctx.lex.givenNames.has(w.toLowerCase()) || ctx.lex.koreanSurnames.has(w.toLowerCase()) || ctx.lex.places.has(w.toLowerCase()) || (pieces.length > 1 && leadingTitle(pieces, ctx.lex) > 0);
    if (pos && pos !== "PROPN" && !known) return true;
  }
  return false;
}

/** Peels dates, titles and places from the front of a run and tells what the rest is. */
export function classifyRun(run: NameRun, ctx: RunContext): RunReading {
  const { lex } = ctx;
  const reading: RunReading = { places: [] };
  let pieces = run.pieces;
  // "the Seoul-based Pak Chol": what comes up to a name made into an adjective is no part of the name.
  let adjective = -1;
  pieces.forEach((p, i) => { if (MADE_ADJECTIVE.test(p.text)) adjective = i; });
  if (adjective >= 0) pieces = pieces.slice(adjective + 1);
  let first = adjective < 0;
  const titleWords: string[] = [];
  for (;;) {
    if (!pieces.length) return reading;
    if (dropsAtStart(pieces, run, first, ctx)) { pieces = pieces.slice(1); first = false; continue; }
    const t = leadingTitle(pieces, lex);
    if (t) { titleWords.push(...pieces.slice(0, t).map((p) => p.text)); pieces = pieces.slice(t); first = false; continue; }
    // "Gao Yan", "Santiago Ruiz Luna": a name whose first word is also a place.
    // "Douglas Okafor", "Florence Mbeki": a given name that also names a place, before a surname that names none.
    const givenBeforeSurname = pieces.length === 2 && lex.givenNames.has(pieces[0].text.toLowerCase()) && !lex.places.has(pieces[1].text.toLowerCase())
      && !isEnglishWord(pieces[1].text, lex) && !lex.orgHeads.has(pieces[1].text) && !lex.facilityHeads.has(pieces[1].text) && /^\p{Lu}\p{Ll}/u.test(pieces[1].text);
    const nameFirst = isChineseName(pieces.map((x) => x.text), lex) || isKoreanName(pieces.map((x) => x.text), lex) || givenBeforeSurname || (pieces.length >= 3 && lex.givenNames.has(pieces[0].text.toLowerCase()) && !lex.places.has(lowerOf(pieces.slice(0, 2))));
    const p = pieces.length > 1 && !nameFirst ? leadingPlace(pieces, lex) : 0;
    // "the Chilean National Congress": the organization keeps its name, and the place is noted.
    if (p && p < pieces.length && isOrganization(pieces, lex)) reading.places.push({ pieces: pieces.slice(0, p), place: lex.places.get(lowerOf(pieces.slice(0, p)))!.name });
    if (p && p < pieces.length && !isOrganization(pieces, lex)) {
      reading.places.push({ pieces: pieces.slice(0, p), place: lex.places.get(lowerOf(pieces.slice(0, p)))!.name });
      pieces = pieces.slice(p);
      first = false;
      continue;
    }
    break;
  }
  if (titleWords.length) reading.title = titleWords.join(" ");
  reading.name = nameOf(pieces, run, reading.title !== undefined, ctx);
  return reading;
}

function isOrganization(pieces: Piece[], lex: Lexicon): boolean {
  return pieces.some((p, i) => lex.orgHeads.has(p.text) && (i > 0 || pieces.length === 1));
}

/** A common English word ("Affairs", "Overseas"), not also a given name. */
export const isEnglishWord = (w: string, lex: RunContext["lex"]) =>
  lex.englishWords.has(w.toLowerCase()) && !lex.givenNames.has(w.toLowerCase());

/** "Rebel Pak Chol-su Arrested": the Korean or given-name name inside a longer run. */
function strongSubName(pieces: Piece[], lex: RunContext["lex"]): { pieces: Piece[]; cue: PersonCue } | undefined {
  for (let i = 0; i < pieces.length - 1; i++) {
    for (let n = Math.min(4, pieces.length - i); n >= 2; n--) {
      const sub = pieces.slice(i, i + n);
      const words = sub.map((p) => p.text);
      if (isKoreanName(words, lex)) return { pieces: sub, cue: "korean" };
      if (lex.givenNames.has(words[0].toLowerCase()) && !words.slice(1).some((w) => isEnglishWord(w, lex) || lex.notNames.has(w))) return { pieces: sub, cue: "given-name" };
    }
  }
  return undefined;
}

/** "Seoul-based", "Paris-born", "Kremlin-backed": a name made into an adjective. */
const MADE_ADJECTIVE = /-(?:based|born|bred|led|backed|owned|run|controlled|linked|style|bound|made|funded|allied|affiliated|aligned|registered|listed|educated|trained|appointed|installed|sponsored|friendly|centric)$/;

function nameOf(pieces: Piece[], run: NameRun, titled: boolean, ctx: RunContext): RunReading["name"] {
  const { lex } = ctx;
  const words = pieces.map((p) => p.text);
  const whole = words.join(" ").toLowerCase();
  if (isOrganization(pieces, lex)) return { pieces, kind: "organization", cue: null };
  if (lex.places.has(whole)) return { pieces, kind: "place", cue: null };
  // "N.K.", "U.S.": initials only.
  if (words.every((w) => /^\p{Lu}\.$/u.test(w))) return undefined;
  // "Washington-ally Kuwait", "Soputh Korea": a run ending in a country or city names that place.
  const lastPlace = lex.places.get(words.at(-1)!.toLowerCase());
  // But "Ana Torres Lima" is a woman: a given name and two more name words; so is "Ana Lima", a given name that names no place before a surname that does.
  const given = lex.givenNames.has(words[0].toLowerCase()) && !isEnglishWord(words[0], lex) && !lex.places.has(words[0].toLowerCase());
  const longName = given && (words.length === 2 || (words.length >= 3 && !lex.places.has(words.at(-2)!.toLowerCase())));
  if (words.length > 1 && lastPlace && lastPlace.kind !== "demonym" && !longName) return { pieces: pieces.slice(-1), kind: "place", cue: null };
  // "Haneda Airport", "Tver Oblast"; but "Nathan Law" is a man.
  if (lex.facilityHeads.has(words.at(-1)!) && words.length > 1 && !(words.length === 2 && lex.givenNames.has(words[0].toLowerCase()) && !isEnglishWord(words[0], lex))) {
    return { pieces, kind: "place", cue: null };
  }
  if (words.length === 1 && isAcronym(words[0])) return { pieces, kind: "organization", cue: null };
  if (isKoreanName(words, lex)) return { pieces, kind: "person", cue: "korean" };
  if (isChineseName(words, lex)) return { pieces, kind: "person", cue: "chinese" };
  const junk = (w: string) => lex.notNames.has(w) || lex.months.has(w) || lex.weekdays.has(w) || isAcronym(w);
  if (words.some(junk) || (run.headline && words.some((w) => isEnglishWord(w, lex)))) {
    const sub = strongSubName(pieces, lex);
    return sub ? { pieces: sub.pieces, kind: "person", cue: sub.cue } : undefined;
  }
  if (titled) return { pieces, kind: "person", cue: "title" };
  if (words.length >= 2 && lex.givenNames.has(words[0].toLowerCase())) {
    // "Joseph Campbell Flags …" in a caption: a trailing verb or plural is no part of the name.
    const last = words.at(-1)!;
    const trim = words.length >= 3 && /s$/.test(last) && isEnglishWord(last, lex) && !lex.koreanSurnames.has(last.toLowerCase());
    return { pieces: trim ? pieces.slice(0, -1) : pieces, kind: "person", cue: "given-name" };
  }
  // "Hans-Peter", "Jean-Luc": a hyphenated given name is name-shaped too.
  const nameShaped = (w: string) => (/^\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$|^\p{Lu}\.$|^[\p{Ll}]+-?[\p{Lu}]/u.test(w) && !isEnglishWord(w, lex)) || lex.particles.has(w.toLowerCase());
  if (words.length >= 2 && words.length <= 4 && !run.headline && words.every(nameShaped)) return { pieces, kind: "person", cue: "shape" };
  const sub = strongSubName(pieces, lex);
  if (sub) return { pieces: sub.pieces, kind: "person", cue: sub.cue };
  return { pieces, kind: "unknown", cue: null };
}
