import type { Lexicon } from "../lexicon.js";
import type { FormKind, Grammar, VerbSense } from "./grammar.js";
import { phraseAfter, phraseAt } from "./phrase-match.js";
import type { SentenceView } from "./sentence-view.js";
import { isParticiple, verbGroup, type VerbGroup } from "./verb-group.js";

/** A word of the sentence that states an event, read as a verb, a noun or an adjective. */
export interface Trigger {
  type: string;
  reading: "verb" | "noun" | "adjective";
  /** The trigger token. */
  token: number;
  /** The last token of the construction ("relieved of his duties" ends at "duties"). */
  last: number;
  kind: FormKind;
  sense?: VerbSense;
  group?: VerbGroup;
}

const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "this", "that", "'s"]);
const POSSESSIVE_DETERMINERS = new Set(["his", "their", "its", "'s"]);
/** "sentenced to death", "released from detention": the noun is not an event of its own. */
const NOT_BEFORE_NOUN = new Set(["to", "from"]);
/** "a possible defection", "the planned arrest": not a fact. */
const UNREALISED = new Set(["possible", "planned", "attempted", "failed", "potential", "imminent", "rumored", "rumoured", "feared", "threatened", "impending", "likely", "expected", "future", "hypothetical", "would-be", "mock", "fake", "staged"]);

const isVerbPos = (pos: string) => pos === "VERB" || pos === "AUX";

/** A direct object after the verb, if any, is a place or one of `objects` ("fled the country"; not "escaped the pack"). */
function objectFits(view: SentenceView, from: number, objects: Set<string>): boolean {
  let k = from;
  while (k < view.length && view.pos[k] === "ADV") k++;
  if (!(view.pos[k] === "DET" || view.pos[k] === "NOUN" || view.pos[k] === "PROPN" || view.pos[k] === "ADJ") || view.person[k]) return true;
  for (; k < view.length && (view.pos[k] === "DET" || view.pos[k] === "NOUN" || view.pos[k] === "PROPN" || view.pos[k] === "ADJ" || view.isPossessive(k)); k++) {
    if (view.place[k] && objects.has("@place")) return true;
    if (objects.has(view.words[k]) || objects.has(view.words[k].replace(/s$/, ""))) return true;
  }
  return false;
}

/**
 * The verb senses a token has in its sentence: a construction whose words
 * follow ("relieved of his duties") wins over the plain verb.
 */
function verbSenses(view: SentenceView, i: number, senses: VerbSense[], group: VerbGroup, lex: Lexicon, grammar: Grammar): { sense: VerbSense; last: number }[] {
  const matched: { sense: VerbSense; last: number }[] = [];
  for (const sense of senses) {
    if (sense.not.includes(view.words[i + 1]) || phraseAt(view, i + 1, sense.without, lex, grammar)) continue;
    if (sense.voice === "passive" && !group.passive) continue;
    if (sense.finite && view.words[i].endsWith("ing")) continue;
    if (sense.objects && !objectFits(view, i + 1, sense.objects)) continue;
    if (sense.needsWords && !sense.needsWords.some((w) => view.has(w))) continue;
    if (sense.adverb && !group.adverbs.includes(sense.adverb)) continue;
    const last = phraseAfter(view, i + 1, sense.with, lex, grammar, sense.withStarts);
    if (last >= 0) matched.push({ sense, last });
  }
  const constructions = matched.filter((m) => m.sense.with.length || m.sense.adverb);
  return constructions.length ? constructions : matched;
}

/**
 * A word in front of a noun phrase that names a person, not after an
 * auxiliary: "the jailed writer Pak", "ousted president Pak".
 */
function isAttributivePosition(view: SentenceView, i: number, lex: Lexicon): boolean {
  const prev = view.words[i - 1];
  if (!(i === 0 || DETERMINERS.has(prev) || view.pos[i - 1] === "ADJ" || view.isPossessive(i - 1))) return false;
  // "a coup that installed General Pak": after a noun, "that" opens a relative clause and the participle is its verb.
  if (prev === "that" && (view.pos[i - 2] === "NOUN" || view.pos[i - 2] === "PROPN" || view.date[i - 2])) return false;
  for (let k = i + 1; k < Math.min(view.length, i + 5); k++) {
    if (view.person[k] || lex.personNouns.has(view.words[k]) || lex.titles.has(view.words[k])) return true;
    if (!(view.pos[k] === "NOUN" || view.pos[k] === "PROPN" || view.pos[k] === "ADJ") || view.date[k]) return false;
  }
  return false;
}

/** Every event trigger of a sentence, in order. */
export function matchTriggers(view: SentenceView, grammar: Grammar, lex: Lexicon): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < view.length; i++) {
    const forms = grammar.forms.get(view.words[i]);
    if (!forms || view.person[i]) continue;
    const pos = view.pos[i];
    for (const [lemma, kind] of forms) {
      if (kind === "noun" || kind === "plural") {
        // "his capture", "the arrest": a word the tagger read as a verb is a noun after a determiner.
        if (pos !== "NOUN" && pos !== "PROPN" && !(pos === "VERB" && DETERMINERS.has(view.words[i - 1]))) continue;
        if (NOT_BEFORE_NOUN.has(view.words[i - 1]) || UNREALISED.has(view.words[i - 1])) continue;
        // "death penalty", "arrest warrant": the noun modifies another.
        if (view.pos[i + 1] === "NOUN" && !view.date[i + 1] && !view.person[i + 1]) continue;
        for (const type of grammar.nouns.get(lemma) ?? []) out.push({ type, reading: "noun", token: i, last: i, kind });
        continue;
      }
      if (kind === "adj") {
        if (!isAttributivePosition(view, i, lex)) continue;
        for (const type of grammar.adjectives.get(lemma) ?? []) out.push({ type, reading: "adjective", token: i, last: i, kind });
        continue;
      }
      const senses = grammar.verbs.get(lemma);
      if (!senses) continue;
      // "announced his capture": after a possessive the word is the noun, whatever the tagger said.
      if (POSSESSIVE_DETERMINERS.has(view.words[i - 1])) continue;
      const group = verbGroup(view, i, kind);
      // "Named defence minister in May, Pak …": a participle opening a phrase set off by a comma is a verb, not a modifier.
      const openingPhrase = i === 0 && isParticiple(kind) && view.words.includes(",");
      const adjectival = !openingPhrase && isParticiple(kind) && group.start === i && isAttributivePosition(view, i, lex);
      if (adjectival) {
        for (const sense of senses) if (sense.attributive && sense.patient === "object") out.push({ type: sense.type, reading: "adjective", token: i, last: i, kind, sense });
        continue;
      }
      // wink tags some participles ADJ ("was purged"): an auxiliary before them makes them verbs;
      // and "defects" right after a name is the verb of a headline, not a plural.
      // "helped Pak defect to …": a bare verb after a name, before a preposition.
      // "Pyongyang sacks premier Pak": so is an -s form between a proper name and what it does something to.
      const verbAfterName = ((kind === "s" || (kind === "base" && view.pos[i + 1] === "ADP")) && view.person[i - 1] !== undefined)
        || (kind === "s" && view.pos[i - 1] === "PROPN" && (view.person[i + 1] !== undefined || ["DET", "ADJ", "NOUN", "PROPN"].includes(view.pos[i + 1])));
      // "Soldiers overthrew …": a form that can only be a verb, whatever the tagger said.
      const onlyVerb = ((kind === "past" || kind === "en") && !forms.some(([, k]) => k === "noun" || k === "adj"))
        // "Armed men abducted the reporter": an -ed form tagged a noun, with its object after it.
        || (kind === "ed" && pos === "NOUN" && ["DET", "PROPN", "PRON"].includes(view.pos[i + 1]));
      // "after spending years in prison": a gerund the tagger read as a noun.
      const gerund = kind === "ing" && view.pos[i - 1] === "ADP";
      // "Named minister in May, Pak …": a capitalised participle opening the sentence.
      const opening = i === 0 && isParticiple(kind);
      if (!isVerbPos(pos) && !(pos === "ADJ" && (group.passive || group.start < i)) && !verbAfterName && !gerund && !opening && !onlyVerb) continue;
      for (const { sense, last } of verbSenses(view, i, senses, group, lex, grammar)) out.push({ type: sense.type, reading: "verb", token: i, last, kind, sense, group });
    }
  }
  return [...out, ...thatOf(view, out)].sort((a, b) => a.token - b.token);
}

/** "the second defection this year, after that of Pak in May": "that of" stands for the event noun before it. */
function thatOf(view: SentenceView, triggers: Trigger[]): Trigger[] {
  const found: Trigger[] = [];
  for (let i = 1; i + 1 < view.length; i++) {
    if (view.words[i] !== "that" || view.words[i + 1] !== "of") continue;
    const noun = triggers.filter((t) => t.reading === "noun" && t.token < i).at(-1);
    if (noun) found.push({ type: noun.type, reading: "noun", token: i, last: i, kind: "noun" });
  }
  return found;
}
