import { readDataJson } from "../../model/paths.js";

/** Which argument of the verb undergoes the event in the active voice: "Pak fled" (subject), "police arrested Pak" (object). */
export type Patient = "subject" | "object";

/** How a token relates to its lemma: verb forms, noun forms, or an adjective. */
export type FormKind = "base" | "s" | "ed" | "past" | "en" | "ing" | "noun" | "plural" | "adj";

/** A sequence of word slots; each slot lists the words it accepts ("to|into", "@title", "@home"); `adjacent` when written "^…": it must follow the verb (or its object) at once. */
export type Phrase = string[][] & { adjacent?: boolean };

/** One way a verb states an event. */
export interface VerbSense {
  type: string;
  patient: Patient;
  /** Words that must follow the verb in its clause (any one phrase); empty for a plain verb. */
  with: Phrase[];
  /** `with` indexed by the words its phrases may start with ("@title" and "@home" under those keys), so a clause is read once. */
  withStarts: Map<string, Phrase[]>;
  /** One content word of each phrase, when every phrase has one: a sentence without any of them cannot hold the construction. */
  needsWords?: string[];
  /** Words that must not follow it right away ("succeeded in fleeing"). */
  not: string[];
  /** Phrases right after the verb that take the sense away ("fled the scene"). */
  without: Phrase[];
  /** Set when only this voice states the event ("was replaced by Pak" names the successor; "Pak replaced" may name the boss). */
  voice?: "passive";
  /** The active voice states the event only with a person as object ("Yun replaced Pak"). */
  needsObject: boolean;
  /** When the verb has a direct object, the words its head may be ("@place" for a place): "fled the country", not "escaped the pack". */
  objects?: Set<string>;
  /** Only a finite verb states it ("she left the embassy", not "was seen leaving the embassy"). */
  finite: boolean;
  /** The sense holds only under negation ("has not been seen since"). */
  negated: boolean;
  /** An adverb the verb group must hold ("was last seen"). */
  adverb?: string;
  /** A state rather than a change ("has spent ten years in prison", "is missing"): the present perfect does not date it to the day of the news. */
  state: boolean;
  /** A participle of this sense in front of a name states the event ("the jailed writer"). */
  attributive: boolean;
}

export interface Grammar {
  /** Lower-cased form -> [lemma, kind] pairs. */
  forms: Map<string, [string, FormKind][]>;
  verbs: Map<string, VerbSense[]>;
  /** Noun lemma -> event types. */
  nouns: Map<string, string[]>;
  /** Adjective -> event types. */
  adjectives: Map<string, string[]>;
  /** Words for one's own country ("@home"): "sent back to Pyongyang". */
  home: Phrase[];
  /** Where defectors seek refuge ("@refuge"): "has lived in Seoul since 2019". */
  refuge: Phrase[];
  /** The least rank of a title that is a post ("@title"): "minister" is, "activist" is not. */
  postRank: number;
  /**
   * Words without which a sentence holds no event: the forms of plain verbs,
   * nouns and adjectives, and the content words of constructions ("power" in
   * "took power"). Sentences without one are not read.
   */
  cues: Set<string>;
  /** Types whose verbs all take the one it happens to as subject ("defect", "vanish"): "the defection by Pak" names Pak. */
  subjectOnly: Set<string>;
}

interface Construction { verb: string; with: string[]; patient: Patient; not?: string[]; without?: string[]; voice?: "passive"; needsObject?: boolean; negated?: boolean; adverb?: string; state?: boolean; finite?: boolean; objects?: string[] }
interface TypeEntry { subject: string[]; object: string[]; constructions: Construction[]; nouns: string[]; adjectives: string[]; attributive: boolean }
interface LexiconFile { types: Record<string, TypeEntry>; forms: Record<string, [string, FormKind][]> }
interface GrammarFile { home: string[]; refuge: string[]; postRank: number }

export function phrase(words: string): Phrase {
  const out: Phrase = words.replace(/^\^/, "").toLowerCase().split(/\s+/).filter(Boolean).map((w) => w.split("|"));
  if (words.startsWith("^")) out.adjacent = true;
  return out;
}

/** Phrases by the words they may start with; a plural ("posts") is looked up by its singular too. */
function indexStarts(phrases: Phrase[]): Map<string, Phrase[]> {
  const out = new Map<string, Phrase[]>();
  for (const p of phrases) for (const w of p[0]) push(out, w, p);
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

/** Indexes data/lexicon/event-lexicon.json (generated from event-grammar.json) for lookups by form and lemma. */
function load(): Grammar {
  const lexicon = readDataJson<LexiconFile>("lexicon", "event-lexicon.json");
  const grammar = readDataJson<GrammarFile>("lexicon", "event-grammar.json");
  const verbs = new Map<string, VerbSense[]>();
  const nouns = new Map<string, string[]>();
  const adjectives = new Map<string, string[]>();
  for (const [type, entry] of Object.entries(lexicon.types)) {
    const plain = (patient: Patient): Omit<VerbSense, "type"> => ({ patient, with: [], withStarts: new Map(), not: [], without: [], needsObject: false, negated: false, state: false, finite: false, attributive: entry.attributive });
    for (const v of entry.subject) push(verbs, v, { type, ...plain("subject") });
    for (const v of entry.object) push(verbs, v, { type, ...plain("object") });
    for (const c of entry.constructions) {
      for (const v of c.verb.split("|")) {
        push(verbs, v, {
          type, patient: c.patient, with: c.with.map(phrase), withStarts: indexStarts(c.with.map(phrase)), needsWords: needsWords(c.with.map(phrase)), not: c.not ?? [], without: (c.without ?? []).map(phrase), voice: c.voice, needsObject: c.needsObject ?? false,
          negated: c.negated ?? false, adverb: c.adverb, state: c.state ?? false, finite: c.finite ?? false, objects: c.objects && new Set(c.objects), attributive: entry.attributive && c.with.length === 0,
        });
      }
    }
    for (const n of entry.nouns) push(nouns, n, type);
    for (const a of entry.adjectives) push(adjectives, a, type);
  }
  const cues = cueWords(lexicon, verbs, nouns, adjectives);
  const subjectOnly = new Set(Object.entries(lexicon.types).filter(([, t]) => !t.object.length && t.constructions.every((c) => c.patient === "subject")).map(([type]) => type));
  return { forms: new Map(Object.entries(lexicon.forms)), verbs, nouns, adjectives, home: grammar.home.map(phrase), refuge: grammar.refuge.map(phrase), postRank: grammar.postRank, subjectOnly, cues };
}

/** For each phrase its first content word (a plural is matched through its singular), or undefined when some phrase has none. */
function needsWords(phrases: Phrase[]): string[] | undefined {
  const out: string[] = [];
  for (const p of phrases) {
    const word = p.flat().find((w) => !FUNCTION_WORDS.has(w) && !w.startsWith("@"));
    if (!word || p.flat().some((w) => w.startsWith("@"))) return undefined;
    out.push(word);
  }
  return out.length ? out : undefined;
}

/** Function words are everywhere; a construction is cued by its other words ("job" in "lost her job"). */
const FUNCTION_WORDS = new Set(["to", "in", "of", "on", "at", "as", "by", "for", "the", "a", "an", "his", "her", "their", "into", "from", "with", "over", "back", "away", "down", "out", "up", "off", "himself", "herself", "themselves"]);

/**
 * The words without which a sentence holds no event: every form of a verb
 * with a plain sense, of a noun, of an adjective; a construction's other
 * words, or its verb's forms when it has none ("sworn in") or names a post
 * or a home ("became minister").
 */
function cueWords(lexicon: LexiconFile, verbs: Map<string, VerbSense[]>, nouns: Map<string, string[]>, adjectives: Map<string, string[]>): Set<string> {
  const cues = new Set<string>();
  const formsOf = new Map<string, string[]>();
  for (const [form, entries] of Object.entries(lexicon.forms)) {
    for (const [lemma, kind] of entries) {
      const isNoun = kind === "noun" || kind === "plural";
      if (!isNoun && kind !== "adj") push(formsOf, lemma, form);
      if ((isNoun && nouns.has(lemma)) || (kind === "adj" && adjectives.has(lemma)) || (!isNoun && kind !== "adj" && verbs.get(lemma)?.some((v) => !v.with.length))) cues.add(form);
    }
  }
  for (const [lemma, senses] of verbs) {
    for (const v of senses) {
      for (const p of v.with) {
        const words = p.flat().filter((w) => !FUNCTION_WORDS.has(w));
        if (!words.length || words.some((w) => w.startsWith("@"))) for (const f of formsOf.get(lemma) ?? []) cues.add(f);
        else for (const w of words) { cues.add(w); cues.add(`${w}s`); }
      }
    }
  }
  return cues;
}

let cached: Grammar | undefined;
export const eventGrammar = (): Grammar => (cached ??= load());
