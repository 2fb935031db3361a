import type { Doc, NameMention } from "../../text/doc.js";
import type { Lexicon } from "../lexicon.js";
import { PersonIndex, type Gender } from "./person-index.js";

/** People found for an event's argument, or the words describing an unnamed one; `from` is the sentence a pronoun's antecedent came from. */
export interface Found {
  people: number[];
  actor?: string;
  from?: number;
}

export const nobody: Found = { people: [] };

const SPEECH_AFTER = /^,?\s*(?:\p{Ll}+\s+)?(?:said|says|told|added|stated)\b/u;

/**
 * Who "he", "she", "they", "his" and "the former minister" stand for: the
 * people named in the last three sentences, a subject first, then the
 * person the article is about.
 */
export class Coreference {
  readonly index: PersonIndex;
  /** Sentence by person: the last sentence where each person underwent an event (the story's topic). */
  private readonly topics = new Map<number, number>();
  /** Title word -> the people given a post with that word ("secretary" -> everyone called a secretary). */
  private holdersByWord?: Map<string, number[]>;

  constructor(private readonly doc: Doc, lex: Lexicon, private readonly isEventNoun: (word: string) => boolean = () => false) {
    this.index = new PersonIndex(doc, lex);
  }

  /** Records the people an event of sentence `sentence` happened to: a pronoun soon after most likely means them. */
  noteTopic(people: number[], sentence: number): void {
    for (const p of people) this.topics.set(p, sentence);
  }

  private holders(word: string): number[] {
    if (!this.holdersByWord) {
      this.holdersByWord = new Map();
      (this.doc.layers.people ?? []).forEach((p, i) => {
        for (const w of new Set(p.titles.flatMap((t) => t.split(" ")))) {
          const list = this.holdersByWord!.get(w);
          if (list) list.push(i); else this.holdersByWord!.set(w, [i]);
        }
      });
    }
    return this.holdersByWord.get(word) ?? [];
  }

  /**
   * "he", "she", "his": among the people of the same gender named in the
   * last three sentences before `at`, a person of the same sentence first,
   * then the subject of a recent sentence, then the one the article names
   * most; someone only quoted ("Pak said") is a poor antecedent.
   */
  pronoun(at: number, sentence: number, pronoun: string, object = false): Found {
    const p = pronoun.toLowerCase();
    if (/^(?:they|them|their)$/.test(p)) return this.group(sentence, at);
    const wanted: Gender = /^(?:she|her|hers|herself)$/.test(p) ? "female" : /^(?:he|him|his|himself)$/.test(p) ? "male" : undefined;
    // "Soto then fired her": an object pronoun is not the subject of its own clause (but "Pak's lawyer says police beat him" may be Pak).
    const ownSubject = (m: NameMention) => object && m.sentence === sentence && !/^['’]/.test(this.doc.text.slice(m.end, m.end + 1))
      && !/[,;:]|\b(?:and|but|after|before|when|while|because|as)\b/.test(this.doc.text.slice(m.end, at));
    const near = this.index.between(sentence - 3, sentence, at);
    const subjects = new Set(near.filter(ownSubject).map((m) => m.entity));
    const recent = near.filter((m) => (!wanted || this.index.gender(m.entity) !== (wanted === "male" ? "female" : "male")) && !subjects.has(m.entity));
    if (!recent.length) {
      const protagonist = this.index.protagonist();
      return protagonist === undefined ? nobody : { people: [protagonist] };
    }
    const text = this.doc.text;
    // A possessor ("Pak's troops") or an agent ("killed by Pak") is rarely what a later pronoun stands for.
    // (But "Pak's arrest" makes Pak the topic.)
    const ownsEvent = (m: NameMention) => (text.slice(m.end, m.end + 30).match(/^['’]s?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u) ?? []).slice(1, 3).some((w) => w !== undefined && this.isEventNoun(w));
    const aside = (m: NameMention) => (/^['’]/.test(text.slice(m.end, m.end + 1)) && !ownsEvent(m))
      || /\bby\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u.test(text.slice(Math.max(0, m.start - 40), m.start));
    const score = (m: NameMention, i: number) =>
      (m.sentence === sentence ? 20 : 0) +
      (this.index.firstInSentence.has(m) ? 6 - (sentence - m.sentence) : 0) +
      Math.min(this.index.count(m.entity), 6) / 2 -
      (SPEECH_AFTER.test(text.slice(m.end, m.end + 25)) ? 6 : 0) -
      (aside(m) ? 12 : 0) +
      (wanted && this.index.gender(m.entity) === wanted ? 3 : 0) +
      (sentence - (this.topics.get(m.entity) ?? -9) <= 2 ? 8 : 0) +
      i / 100;
    let best = 0;
    recent.forEach((m, i) => { if (score(m, i) >= score(recent[best], best)) best = i; });
    return { people: [recent[best].entity], from: recent[best].sentence };
  }

  /**
   * "A senior official has fled the country. Pak Chol, the deputy minister,
   * …": an article that opens on someone unnamed names them at the start of
   * the next sentence.
   */
  private delayedLede(actor: string, sentence: number): Found {
    const sentences = this.doc.layers.sentences ?? [];
    if (sentence > 3 || sentence + 1 >= sentences.length) return { people: [], actor };
    const next = this.index.inSentence(sentence + 1)[0];
    if (next && next.start - sentences[sentence + 1].start < 60) return { people: [next.entity], from: sentence + 1 };
    return { people: [], actor };
  }

  /** "they": the last pair or group named ("Pak and Ri", "Pak and his wife"). */
  private group(sentence: number, at: number): Found {
    const text = this.doc.text;
    const recent = this.index.between(sentence - 1, sentence, at);
    for (let i = recent.length - 1; i >= 0; i--) {
      const m = recent[i];
      if (/^(?:,[^,.]{0,50},)?\s+and\s+(?:his|her)\s+\p{Ll}+/u.test(text.slice(m.end, m.end + 80))) return { people: [m.entity], from: m.sentence };
      const people = [m.entity];
      for (let k = i - 1; k >= 0 && /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(text.slice(recent[k].end, recent[k + 1].start)); k--) people.unshift(recent[k].entity);
      if (people.length > 1) return { people: [...new Set(people)], from: m.sentence };
    }
    return nobody;
  }

  /**
   * "the former minister", "the diplomat": a definite description refers to
   * the one person the article gave that post; as a subject, with no one
   * given that post, to the person the article is about; an indefinite one
   * ("a senior official") to nobody.
   */
  description(actor: string, subject = false, sentence?: number): Found {
    if (/^an?\s/i.test(actor) && subject && sentence !== undefined) return this.delayedLede(actor, sentence);
    if (!/^the\s/i.test(actor)) return { people: [], actor };
    const head = actor.replace(/\s+(?:to|in|at|of|from|for)\s[\s\S]*$/, "").split(/\s+/).at(-1)!.toLowerCase();
    const holders = this.holders(head);
    if (holders.length === 1) return { people: holders, actor };
    // "The deputy head of the trade bureau fled in 2004": as a subject, in an article about one person, that person.
    const protagonist = subject && !holders.length ? this.index.protagonist() : undefined;
    return protagonist === undefined ? { people: [], actor } : { people: [protagonist], actor };
  }
}
