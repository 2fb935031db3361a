import type { Doc, NameMention } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import { hasSpeechVerb, isPassive } from "./clause.js";
import type { Lexicon } from "../lexicon.js";
import { PersonIndex, type Gender } from "./person-index.js";
import type { TriggerMatch } from "./triggers.js";

/** Who an event happens to: people (indexes into `people`), or the words describing an unnamed person. */
export interface Participants {
  people: number[];
  actor?: string;
}

// "Rigondeaux and Lara", "Nicolae Ceausescu and his wife, Elena,", "Mücella Yapıcı, Çiğdem Mater, …"
const JOINER = /^(?:\s*,\s*\d{1,3}\s*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+(?:(?:his|her|their)\s+[\p{Ll}-]+\s*,?\s*)?|\s*,\s*(?:his|her)\s+[\p{Ll}-]+\s*,\s*)(?:[\p{Ll}]+\s+){0,2}$/u;
const ACTOR = /\b(?:[Aa]n?|[Tt]he)\s+(?:(?:former|senior|top|high-ranking|low-level|then|North|South|Korean|DPRK|[\p{Lu}][\p{L}]+|[\p{Ll}-]+)\s+){0,4}?(?:diplomat|ambassador|envoy|official|officer|defector|worker|waitress(?:es)?|employee|soldier|general|minister|counselor|counsellor|spy|agent|student|man|woman|citizen|national|refugee|member|secretary|aide|staff(?:er)?)\b(?:\s+(?:to|in|at|of)\s+(?:the\s+)?[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*)?/gu;

export class ParticipantFinder {
  private readonly index: PersonIndex;

  constructor(private readonly doc: Doc, lex: Lexicon) {
    this.index = new PersonIndex(doc, lex);
  }

  find(trigger: TriggerMatch, sentence: Span, sentenceIndex: number): Participants {
    const text = this.doc.text;
    const before = text.slice(sentence.start, trigger.start);
    if (trigger.role === "nouns") return this.ofNoun(trigger, sentence, sentenceIndex);
    if (trigger.role === "undergoes" && !isPassive(before)) {
      const object = this.objectAfter(trigger.end, sentence, sentenceIndex);
      if (object.people.length) return object;
      // "David Cameron appointed Foreign Secretary": a headline's reduced passive.
      const previous = this.inSentence(sentenceIndex).filter((m) => m.end <= trigger.start).at(-1);
      if (previous && /^\s+$/.test(text.slice(previous.end, trigger.start))) return { people: [previous.entity] };
      // "Brazil deported them" → the pronoun; a bare active verb with nobody after names no one.
      const pronounObject = text.slice(trigger.end, trigger.end + 6).match(/^\s*(him|her|them)\b/i);
      if (pronounObject) return { people: this.resolvePronoun(trigger.end, sentenceIndex, pronounObject[1]) };
      return { people: [] };
    }
    return this.subjectBefore(trigger.start, sentence, sentenceIndex);
  }

  private inSentence(i: number) { return this.index.inSentence(i); }

  /** Who a sentence is about: a person named at its start, or the person its opening pronoun stands for. */
  sentenceSubject(si: number): number | undefined {
    const sentence = this.doc.layers.sentences![si];
    const first = this.inSentence(si)[0];
    if (first && first.start - sentence.start < 40) return first.entity;
    const opening = this.doc.text.slice(sentence.start, sentence.start + 30).match(/^(?:\S+\s+){0,3}?(his|her|he|she)\b/i);
    return opening ? this.resolvePronoun(sentence.start + opening[0].length, si, opening[1])[0] : undefined;
  }

  /** The nearest person named before the verb, or the pronoun standing there, with those joined to it by "and". */
  private subjectBefore(at: number, sentence: Span, sentenceIndex: number): Participants {
    const text = this.doc.text;
    const before = this.inSentence(sentenceIndex).filter((m) => m.end <= at);
    const possessive = (m: NameMention) => /^['’]/.test(text.slice(m.end, m.end + 1));
    const candidates = before.filter((m) => !possessive(m));
    const nearest = candidates.at(-1);
    const between = text.slice(nearest ? nearest.end : sentence.start, at);
    const pronoun = between.match(/\b(?:he|she|they)\b(?![\s\S]*\b(?:he|she|they)\b)/i);
    // "they disappeared": the group last named ("Jang Seung-il and his brother"), else no one.
    if (pronoun && /^they$/i.test(pronoun[0])) return { people: this.lastGroup(sentenceIndex, (nearest ? nearest.end : sentence.start) + pronoun.index!) };
    if (pronoun && pronoun.index !== undefined) return { people: this.resolvePronoun((nearest ? nearest.end : sentence.start) + pronoun.index, sentenceIndex, pronoun[0]) };
    // "Jo’s daughter had returned": the possessor is not the subject.
    const last = before.at(-1);
    if (last && possessive(last) && last !== nearest) return this.unnamed(last.end, at);
    if (!nearest || hasSpeechVerb(between)) return this.unnamed(nearest && hasSpeechVerb(between) ? nearest.end : sentence.start, at);
    // "… gave information to North Korean diplomats who were fired": the relative clause is the diplomats'.
    if (/\b\p{Ll}{3,}\s+(?:who|that|which)\s+[^,]*$/u.test(between)) return this.unnamed(nearest.end, at);
    const subject = this.skipAppositive(nearest, candidates, at);
    if (!subject) return this.unnamed(sentence.start, at);
    return { people: this.joinedBefore(subject, candidates, at) };
  }

  /**
   * "Kim Hyok Chol, the counterpart of U.S. envoy Stephen Biegun, had been
   * executed": the verb's subject stands before the appositive. But in "the
   * half-brother of Kim Jong-un, Kim Jong-nam, has been killed" the
   * appositive is the name itself.
   */
  private skipAppositive(nearest: NameMention, candidates: NameMention[], at: number): NameMention | undefined {
    const text = this.doc.text;
    const verbGroup = /,\s*(?:\p{Ll}+\s+){0,7}$/u;
    const between = text.slice(nearest.end, at);
    // "Jang Song-thaek, 67, was executed": an age, not an appositive.
    if (!verbGroup.test(between) || /^\s*,\s*\d{1,3}\s*,/.test(between)) return nearest;
    const open = text.lastIndexOf(",", nearest.start);
    if (open < 0) return nearest;
    const segment = text.slice(open + 1, at).replace(verbGroup, "").trim();
    if (segment === text.slice(nearest.start, nearest.end)) {
      // "the disgraced uncle of its leader, Kim Jong-un, has been executed": the name is the leader's, not the subject's.
      const head = text.slice(Math.max(0, open - 60), open);
      return /\bof\s+(?:the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.test(head) ? undefined : nearest;
    }
    const head = candidates.filter((m) => m.end <= open).at(-1);
    return head && /^\s*$/.test(text.slice(head.end, open)) ? head : nearest;
  }

  private joinedBefore(last: NameMention, candidates: NameMention[], at: number): number[] {
    const text = this.doc.text;
    const people = [last.entity];
    // "Kim Jong-un, Kim Jong-nam, has been killed": a name set off by commas renames the one before it.
    const setOff = /^\s*,/.test(text.slice(last.end, at));
    let cur = last;
    for (let i = candidates.indexOf(last) - 1; i >= 0; i--) {
      const link = text.slice(candidates[i].end, cur.start);
      if (!JOINER.test(link) || (setOff && cur === last && !/\band\b/.test(link))) break;
      people.unshift(candidates[i].entity);
      cur = candidates[i];
    }
    return [...new Set(people)];
  }

  private objectAfter(at: number, sentence: Span, sentenceIndex: number, ofNoun = false): Participants {
    const text = this.doc.text;
    const after = this.inSentence(sentenceIndex).filter((m) => m.start >= at);
    const first = after[0];
    if (!first || first.start - at > (ofNoun ? 90 : 60) || /[.;:!?"“”]/.test(text.slice(at, first.start))) return { people: [] };
    // "elected president following the death of Hosni Mubarak": a preposition or clause word between, so not the object.
    if (!ofNoun && /\b(?:of|following|after|before|for|with|in|on|at|from|by|that|which|who|and|or|but|while|when|as|since|during)\b/.test(text.slice(at, first.start))) return { people: [] };
    // "executes Kim Jong-un’s uncle": the possessor is not the one executed.
    if (/^['’]/.test(text.slice(first.end, first.end + 1))) return { people: [] };
    const people = [first.entity];
    let cur = first;
    for (const next of after.slice(1)) {
      if (!JOINER.test(text.slice(cur.end, next.start))) break;
      people.push(next.entity);
      cur = next;
    }
    return { people: [...new Set(people)] };
  }

  /** "Thae’s defection", "the execution of Jang Song-thaek", "his dismissal". */
  private ofNoun(trigger: TriggerMatch, sentence: Span, sentenceIndex: number): Participants {
    const text = this.doc.text;
    const owner = this.inSentence(sentenceIndex).filter((m) => m.end <= trigger.start).at(-1);
    if (owner && /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(owner.end, trigger.start))) return { people: [owner.entity] };
    // "the death of the Wagner Private Military Company (PMC) leaders Yevgeny Prigozhin and Dmitry Utkin"; "the motion to vacate (impeach) Pedro Castillo"
    const after = this.inSentence(sentenceIndex).find((m) => m.start >= trigger.end);
    const gap = after ? text.slice(trigger.end, after.start) : "";
    if (after && (/^\s+(?:of|by)\s+(?:[\p{L}.'’()-]+\s+){0,8}$/u.test(gap) || /^\s*(?:\([^)]*\)\s*)?$/.test(gap))) return this.objectAfter(trigger.end, sentence, sentenceIndex, true);
    const before = text.slice(Math.max(sentence.start, trigger.start - 25), trigger.start);
    const possessive = before.match(/\b(his|her)\s+(?:[\p{Ll}-]+\s+)?$/iu);
    if (possessive) return { people: this.resolvePronoun(trigger.start - 1, sentenceIndex, possessive[1]) };
    return { people: [] };
  }

  /**
   * "he", "she", "they": among the people of the same gender named in the
   * last three sentences, a subject of the same sentence first, then the one
   * the article names most (its protagonist), then the most recent.
   */
  resolvePronoun(at: number, sentence: number, pronoun: string): number[] {
    const p = pronoun.toLowerCase();
    const wanted: Gender = /^(?:she|her)$/.test(p) ? "female" : /^(?:he|him|his)$/.test(p) ? "male" : undefined;
    const recent = this.index.between(sentence - 3, sentence, at).filter((m) => !wanted || this.index.gender(m.entity) !== (wanted === "male" ? "female" : "male"));
    if (!recent.length) {
      // "his wife reported he had gone missing", with nobody named lately: the person the article is about.
      const protagonist = this.index.protagonist();
      return protagonist === undefined ? [] : [protagonist];
    }
    // "Kim Yong-chol was forced to work … after his dismissal": the person of the same sentence first,
    // then the subject of a recent sentence; someone only quoted ("X said") is a poor antecedent.
    const text = this.doc.text;
    const speaker = (m: NameMention) => /^,?\s*(?:\p{Ll}+\s+)?(?:said|says|told|added|stated)\b/u.test(text.slice(m.end, m.end + 25));
    const score = (m: NameMention, i: number) =>
      (m.sentence === sentence ? 20 : 0) +
      (this.index.firstInSentence.has(m) ? 6 - (sentence - m.sentence) : 0) +
      Math.min(this.index.count(m.entity), 6) / 2 -
      (speaker(m) ? 6 : 0) +
      i / 100;
    let best = 0;
    recent.forEach((m, i) => { if (score(m, i) >= score(recent[best], best)) best = i; });
    return [recent[best].entity];
  }

  /**
   * "A former top North Korean diplomat … has been fired. Former Vice Foreign
   * Minister Han Song-ryol, who …": an article that opens on an unnamed person
   * names them as the subject of the next sentence.
   */
  private delayedLede(at: number, actor: string): Participants {
    const sentences = this.doc.layers.sentences ?? [];
    const i = sentences.findIndex((s) => s.start <= at && at < s.end);
    if (i < 0 || i > 3) return { people: [], actor };
    const next = this.inSentence(i + 1)[0];
    if (next && next.start - sentences[i + 1].start < 60 && this.index.firstInSentence.has(next)) return { people: [next.entity] };
    return { people: [], actor };
  }

  /** The people of the last group named in the last three sentences: "A and B", "A and his wife". */
  private lastGroup(sentence: number, at: number): number[] {
    const text = this.doc.text;
    const recent = this.index.between(sentence - 3, sentence, at);
    for (let i = recent.length - 1; i >= 0; i--) {
      const m = recent[i];
      const after = text.slice(m.end, m.end + 80);
      if (/^(?:,[^,.]{0,50},)?\s+and\s+(?:his|her)\s+\p{Ll}+/u.test(after)) return [m.entity];
      const next = recent[i + 1];
      if (next && /^\s+and\s+$/.test(text.slice(m.end, next.start))) return [m.entity, next.entity];
    }
    return [];
  }

  /**
   * Nobody named: the words describing the person ("a former DPRK ambassador
   * to Egypt"). A definite description whose post the article has already
   * given someone ("The former secretary of the Workers’ Party defected")
   * refers to that person.
   */
  private unnamed(start: number, at: number): Participants {
    const actor = this.actorBefore(start, at);
    if (actor && /^an?\s/i.test(actor)) return this.delayedLede(start, actor);
    if (!actor || !/^the\s/i.test(actor)) return { people: [], actor };
    const head = actor.replace(/\s+(?:to|in|at|of)\s[\s\S]*$/, "").split(/\s+/).at(-1)!.toLowerCase();
    const people = this.doc.layers.people ?? [];
    const holders = people.map((p, i) => ({ i, p })).filter(({ p }) => p.titles.some((t) => t.split(" ").includes(head)));
    if (holders.length === 1) return { people: [holders[0].i] };
    // "The former secretary of the Workers’ Party defected": in an article about one person, that person.
    // (Unless the article gave that person other posts: "the ambassador" is then someone else.)
    const protagonist = this.index.protagonist();
    return protagonist === undefined ? { people: [], actor } : { people: [protagonist] };
  }

  private actorBefore(start: number, at: number): string | undefined {
    const window = this.doc.text.slice(start, at);
    const found = [...window.matchAll(ACTOR)].at(-1);
    return found?.[0];
  }
}

