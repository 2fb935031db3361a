import type { Lexicon } from "../lexicon.js";
import { nobody, type Coreference, type Found } from "./coreference.js";
import type { SentenceView } from "./sentence-view.js";

const SUBJECT_PRONOUNS = new Set(["he", "she", "they"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their"]);
const PARTICLES = new Set(["down", "up", "off", "out", "back", "over", "away", "in"]);
/** Words that open a phrase set in front of the main clause: "After his arrest, …", "Arrested in May, …". */
const FRONTING = new Set(["after", "before", "since", "upon", "on", "while", "when", "once", "following", "despite", "during", "until", "having", "being", "as"]);
const LIST_OPENERS = new Set(["including", "namely", "such", "among", "like"]);
const INCLUDED = new Set(["included", "include", "includes"]);
const SINGULAR_VERBS = new Set(["was", "is", "has", "wasn't", "isn't", "hasn't"]);
const NP_POS = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);
const AFTER_CLAUSE = new Set(["after", "following", "from"]);
/** How far the grammar looks for the parts of a noun phrase. */
const NP_REACH = 8;

/** "as many as 12 officials", "more than 20 officers", "at least three aides": the words before a counted noun. */
function quantifierLength(view: SentenceView, k: number): number {
  const [a, b, c] = [view.words[k], view.words[k + 1], view.words[k + 2]];
  if (a === "as" && (b === "many" || b === "few") && c === "as") return 3;
  if ((b === "than" && (a === "more" || a === "fewer" || a === "less")) || (a === "at" && (b === "least" || b === "most")) || (a === "up" && b === "to")) return 2;
  return ["about", "around", "nearly", "almost", "some", "over", "roughly"].includes(a) && view.pos[k + 1] === "NUM" ? 1 : 0;
}

/**
 * Finds the people an event happens to from the shape of the sentence:
 * the subject before a verb group (through appositions, ages, relative
 * clauses and coordination), the object after a verb, the agent after
 * "by", the possessor or "of" phrase of an event noun, and the name after
 * an adjective. Works on one sentence's tokens; pronouns and descriptions
 * go to the document's coreference.
 */
export class Arguments {
  constructor(private readonly coref: Coreference, private readonly lex: Lexicon) {}

  isPersonNoun(word: string): boolean {
    // "princes", "witnesses", "deputies": each way an English plural is made.
    const forms = [word, word.replace(/s$/, ""), word.replace(/es$/, ""), word.replace(/ies$/, "y")];
    return forms.some((w) => this.lex.personNouns.has(w) || this.lex.titles.has(w));
  }

  /** "60 North Koreans", "three Iranians": a nationality in the plural names people. */
  isNationals(view: SentenceView, k: number): boolean {
    const singular = view.words[k].toLowerCase().replace(/s$/, "");
    if (singular === view.words[k].toLowerCase()) return false;
    const place = this.lex.places.get(singular) ?? this.lex.places.get(`${view.words[k - 1]?.toLowerCase()} ${singular}`);
    return place?.kind === "demonym";
  }

  /** The subject of the verb group that starts at token `start`. */
  subject(view: SentenceView, start: number, depth = 0): Found {
    // "Pak last week was arrested", "Pak reportedly fled", "accused of “treason,” stripped of his posts"
    let j = view.before(start);
    while (j >= 0 && (view.date[j] || (view.pos[j] === "ADV" && !view.person[j]))) j = view.before(j);
    if (j < 0 || (j === 0 && FRONTING.has(view.words[0]))) return this.mainSubject(view, start);
    const w = view.words[j];
    // "Assisted by General Ri, Pak was arrested": a singular verb has one subject, whatever stands before it.
    if (view.person[j]) return { people: SINGULAR_VERBS.has(view.words[start]) ? [view.person[j]!.entity] : this.joinedBefore(view, view.mentionStart(j)) };
    if (SUBJECT_PRONOUNS.has(w)) return this.coref.pronoun(view.spans[j].start, view.index, w);
    if (w === "who" || (w === "that" && view.pos[j] !== "DET")) return this.antecedent(view, j);
    if (w === ")") {
      let open = j;
      while (open > 0 && view.words[open] !== "(") open--;
      return open > 0 ? this.subject(view, open, depth) : nobody;
    }
    if (w === ",") return this.beforeComma(view, j, start, depth);
    // "Pak has led the party since winning the vote", "after being detained": a gerund after a preposition takes the clause's subject.
    if (FRONTING.has(w) && view.pos[j] !== "VERB") return j === 0 ? this.mainSubject(view, start) : depth < 3 ? this.coordinatedSubject(view, j, depth) : nobody;
    if ((w === "and" || w === "but" || w === "or") && depth < 3) return this.coordinatedSubject(view, j, depth);
    if (NP_POS.has(view.pos[j]) || view.isPossessive(j)) return this.afterPhrase(view, j) ?? this.relativeBefore(view, j) ?? this.description(view, j);
    // "A general who led the purge of 1975 has died": a relative clause that ends on a preposition.
    return this.relativeBefore(view, j) ?? nobody;
  }

  /** "The pilot Pak who flew for the state airline has fled": a relative clause between the subject and its verb. */
  private relativeBefore(view: SentenceView, end: number): Found | undefined {
    for (let k = end; k >= Math.max(1, end - 20); k--) {
      if (view.words[k] === "," || view.isPunct(k, ";:")) return undefined;
      if (view.words[k] !== "who" && view.words[k] !== "whom") continue;
      if (view.person[k - 1]) return { people: [view.person[k - 1]!.entity] };
      // "A retired general who fought in the war has died": a description, named later or before.
      return NP_POS.has(view.pos[k - 1]) && this.isPersonNoun(view.words[k - 1]) ? this.description(view, k - 1) : undefined;
    }
    return undefined;
  }

  /** "Pak of the foreign ministry was …", "Pak from Chongjin fled": a name with a phrase after it. */
  private afterPhrase(view: SentenceView, end: number): Found | undefined {
    for (let k = end; k >= Math.max(1, end - 6); k--) {
      if (view.person[k] || view.words[k] === ",") return undefined;
      if ((view.words[k] === "of" || view.words[k] === "from" || view.words[k] === "at") && view.person[k - 1]) return { people: [view.person[k - 1]!.entity] };
      if (!(NP_POS.has(view.pos[k]) || view.pos[k] === "ADP" || view.words[k] === "-")) return undefined;
    }
    return undefined;
  }

  /**
   * "Arrested in May, Pak told …", "After being sentenced, he …": a verb at
   * the front of the sentence takes the subject of the main clause.
   */
  private mainSubject(view: SentenceView, from: number): Found {
    let k = from;
    while (k < view.length && view.words[k] !== ",") k++;
    k++;
    while (k < view.length && (view.date[k] || view.pos[k] === "ADV" || view.words[k] === ",")) k++;
    // "…, the former spy chief Pak …", "…, Gen. Pak …": title words before the name.
    for (let n = 0; k < view.length && n < 6 && !view.person[k] && (NP_POS.has(view.pos[k]) || view.words[k] === "." || view.words[k] === "-"); n++) k++;
    if (k >= view.length) return nobody;
    if (view.person[k]) return { people: this.joinedAfter(view, view.mentionEnd(k)) };
    if (SUBJECT_PRONOUNS.has(view.words[k])) return this.coref.pronoun(view.spans[k].start, view.index, view.words[k]);
    return nobody;
  }

  /** "Pak, who fled in 2016": the noun phrase before "who". */
  private antecedent(view: SentenceView, who: number): Found {
    let k = who - 1;
    if (view.words[k] === ",") k--;
    if (k < 0) return nobody;
    if (view.person[k]) return { people: this.joinedBefore(view, view.mentionStart(k)) };
    // "Pak, until now the deputy head of the trade bureau, who was named …": the name before the apposition.
    for (let j = k; j >= Math.max(1, k - 15); j--) {
      if (view.words[j] === "," ) { if (view.person[j - 1]) return { people: [view.person[j - 1]!.entity] }; break; }
      if (!(NP_POS.has(view.pos[j]) || view.pos[j] === "ADP" || view.pos[j] === "ADV" || view.isPossessive(j)) || view.person[j]) break;
    }
    if (NP_POS.has(view.pos[k])) return this.description(view, k);
    return nobody;
  }

  /**
   * A comma right before the verb group: "Pak, 67, was", "Pak, the deputy
   * minister, was", "Pak, who fled in 2016, was", "the minister, Pak, was".
   */
  private beforeComma(view: SentenceView, comma: number, start: number, depth: number): Found {
    const k = comma - 1;
    if (k < 0) return nobody;
    // "Pak, a rival to President Ri, was arrested": a name after a preposition sits inside the inserted phrase.
    if (view.person[k] && !this.governedByPreposition(view, view.mentionStart(k))) {
      const first = view.mentionStart(k);
      // "the nephew of the leader, Pak, was …": the name renames the leader, not the nephew.
      if (view.words[first - 1] === "," && this.isPersonNoun(view.words[first - 2] ?? "") && this.ofPhraseBefore(view, first - 1)) return this.description(view, first - 2);
      return { people: this.joinedBefore(view, first) };
    }
    // Back to the comma that opens the inserted phrase, across at most two more ("Pak, one of the
    // senior officials, with ties to the regime, fled"); a name before a comma beats a description.
    let commas = 0;
    let described: number | undefined;
    for (let o = view.person[k] ? view.mentionStart(k) - 1 : k; o >= Math.max(0, k - 40); o--) {
      // "…, came days after he was accused of “graft,” stripped …": a clause with its own subject is no inserted phrase.
      if (SUBJECT_PRONOUNS.has(view.words[o])) break;
      if (view.words[o] !== "," && view.words[o] !== "(") continue;
      if (o > 0 && view.person[o - 1]) return { people: this.joinedBefore(view, view.mentionStart(o - 1)) };
      // "Pak, Ri and Kim (left to right), known as …, were …": the names before a parenthesis.
      if (view.words[o - 1] === ")") {
        let open = o - 1;
        while (open > 0 && view.words[open] !== "(") open--;
        if (open > 0 && view.person[open - 1]) return { people: this.joinedBefore(view, view.mentionStart(open - 1)) };
      }
      if (o > 0 && described === undefined && NP_POS.has(view.pos[o - 1]) && this.isPersonNoun(view.words[o - 1])) described = o - 1;
      if (++commas > 2) break;
    }
    if (described !== undefined) return this.description(view, described);
    // "Police questioned Pak, and later arrested …" has no subject of its own here.
    return depth < 3 && view.words[k] !== "," ? this.coordinatedSubject(view, comma, depth) : nobody;
  }

  private governedByPreposition(view: SentenceView, first: number): boolean {
    for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
      if (view.pos[k] === "ADP") return view.words[k] !== "of" || !view.person[k - 1];
      if (!(view.pos[k] === "PROPN" || view.pos[k] === "NOUN" || view.pos[k] === "ADJ" || view.pos[k] === "DET")) return false;
    }
    return false;
  }

  private ofPhraseBefore(view: SentenceView, comma: number): boolean {
    for (let k = comma - 1; k >= Math.max(0, comma - 4); k--) if (view.words[k] === "of") return true;
    return false;
  }

  /** "Pak arrived in Seoul, seeking asylum": a participle after a clause takes that clause's subject. */
  clauseSubject(view: SentenceView, start: number): Found {
    return this.coordinatedSubject(view, start, 0);
  }

  /** "Pak fled to China and was arrested": the subject of the verb before "and". */
  private coordinatedSubject(view: SentenceView, joiner: number, depth: number): Found {
    for (let k = joiner - 1; k >= Math.max(0, joiner - 25); k--) {
      if (view.isPunct(k, ";:")) break;
      if (view.pos[k] !== "VERB" && view.pos[k] !== "AUX") continue;
      // "convicted of murdering rivals and taken to prison": a gerund or infinitive inside a phrase is not the other conjunct.
      const before = view.before(k);
      if (view.pos[before] === "ADP" || view.words[before] === "to") continue;
      // "Pak did not defect, the envoy said, and returned home": a speech verb set off by commas is an aside.
      if (this.lex.speechVerbs.has(view.words[k]) && view.words[k + 1] === ",") {
        let open = k - 1;
        while (open > 0 && view.words[open] !== ",") open--;
        k = open;
        continue;
      }
      let start = k;
      while (start > 0 && (view.pos[start - 1] === "AUX" || view.pos[start - 1] === "ADV" || view.pos[start - 1] === "PART")) start--;
      return this.subject(view, start, depth + 1);
    }
    return nobody;
  }

  /** A noun phrase ending at token `end` that is not a name: a description of a person ("the former minister") or nothing. */
  private description(view: SentenceView, end: number): Found {
    // "the deputy head of the trade bureau", "a former envoy to Laos": the head stands before the preposition.
    const phraseEnd = end;
    if (!this.isPersonNoun(view.words[end])) {
      for (let k = end - 1; k >= Math.max(1, end - 7); k--) {
        if (view.person[k] || !(NP_POS.has(view.pos[k]) || view.pos[k] === "ADP" || view.pos[k] === "PART" || view.isPossessive(k) || view.pos[k] === "PUNCT" && view.words[k] === "'")) break;
        if (["of", "to", "in", "at", "from", "for"].includes(view.words[k]) && this.isPersonNoun(view.words[k - 1])) { end = k - 1; break; }
      }
    }
    let start = end;
    while (start > 0 && end - start < NP_REACH && (NP_POS.has(view.pos[start - 1]) || POSSESSIVE_PRONOUNS.has(view.words[start - 1]) || view.isPossessive(start - 1) || view.words[start - 1] === "-") && !view.person[start - 1]) start--;
    const head = view.words[end];
    if (!this.isPersonNoun(head) && !this.isNationals(view, end)) return nobody;
    // "Pak and his wife were arrested", "Pak, and his wife, …": the named one of the pair.
    const and = view.words[start - 1] === "and" ? start - 1 : -1;
    const named = and > 0 ? (view.person[and - 1] ? and - 1 : view.words[and - 1] === "," && view.person[and - 2] ? and - 2 : -1) : -1;
    if (named >= 0) return { people: this.joinedBefore(view, view.mentionStart(named)) };
    // "Pak's bodyguard": someone unnamed, not Pak.
    if (view.person[start - 1] || view.isPossessive(start) || view.isPossessive(start - 1)) return { people: [], actor: this.phrase(view, start - 1, end) };
    const actor = this.phrase(view, start, phraseEnd);
    return this.coref.description(actor, true, view.index);
  }

  private phrase(view: SentenceView, first: number, last: number): string {
    return view.surface(Math.max(0, first), last);
  }

  /**
   * The object after a verb: a name, possibly after a title ("fired Defense
   * Minister Pak"); a pronoun; a description renamed by an apposition ("his
   * uncle, Pak"); or a group followed by a list ("12 officials, including
   * Pak, Ri and Kim").
   */
  object(view: SentenceView, from: number): Found {
    let k = from + quantifierLength(view, from);
    while (k < view.length && (view.pos[k] === "ADV" || PARTICLES.has(view.words[k])) && !view.person[k]) k++;
    k += quantifierLength(view, k);
    if (k >= view.length || view.words[k] === "as") return nobody;
    const w = view.words[k];
    if (OBJECT_PRONOUNS.has(w) && !(w === "her" && NP_POS.has(view.pos[k + 1]) && !view.person[k + 1])) return this.coref.pronoun(view.spans[k].start, view.index, w, true);
    let end = k;
    for (let n = 0; end < view.length && n < NP_REACH; end++, n++) {
      if (view.person[end]) {
        const last = view.mentionEnd(end);
        if (!view.isPossessive(last + 1)) return { people: this.joinedAfter(view, last) };
        end = last + 1;
        continue;
      }
      // "the State Security Department (SSD) officers Ri and Pak": an acronym in brackets.
      if (view.words[end] === "(" && view.words[end + 2] === ")") { end += 2; n--; continue; }
      // "sentenced jailed activist Pak": a participle inside the noun phrase.
      const modifier = view.pos[end] === "VERB" && /(?:ed|en)$/.test(view.words[end]) && NP_POS.has(view.pos[end + 1]);
      if (view.date[end] || !(NP_POS.has(view.pos[end]) || POSSESSIVE_PRONOUNS.has(view.words[end]) || view.words[end] === "-" || view.isPossessive(end) || modifier)) break;
    }
    const head = end - 1;
    if (head < k || !(this.isPersonNoun(view.words[head]) || this.isNationals(view, head))) return nobody;
    // "a deputy head of customs, Pak": the head's own phrase before the apposition.
    if (view.words[end] === "of" || view.words[end] === "for") {
      let j = end + 1;
      while (j < view.length && j - end < 6 && !view.person[j] && (NP_POS.has(view.pos[j]) || view.pos[j] === "ADP")) j++;
      if (view.words[j] === ",") end = j;
    }
    const listed = this.listAfter(view, end);
    if (listed.length) return { people: listed };
    return this.coref.description(this.phrase(view, k, head));
  }

  /** ", Pak," or ", including Pak, Ri and Kim" or ": Pak, Ri and Kim" after a noun phrase ending before `k`. */
  private listAfter(view: SentenceView, k: number): number[] {
    // "returned 60 North Koreans last week, including Pak": past the date.
    while (view.date[k]) k++;
    if ([",", ":", "(", "—", "–", "-"].includes(view.words[k])) k++;
    if (LIST_OPENERS.has(view.words[k])) k += view.words[k] === "such" || (view.words[k] === "among" && view.words[k + 1] === "them") ? 2 : 1;
    // "including Defense Minister Pak", "then-president Pak", "including IT and trade minister Pak": title words before the name.
    const opening = k;
    const titleWord = (j: number) => view.pos[j] === "PROPN" || view.pos[j] === "NOUN" || view.pos[j] === "ADJ" || view.words[j] === "-" || view.words[j] === "then" || (view.words[j] === "and" && j > opening && NP_POS.has(view.pos[j + 1]) && !view.person[j + 1]);
    for (let n = 0; k < view.length && !view.person[k] && n < 6 && titleWord(k); n++) k++;
    return k < view.length && view.person[k] ? this.joinedAfter(view, view.mentionEnd(k)) : [];
  }

  /** The agent of a passive: "was replaced by Pak". */
  agent(view: SentenceView, from: number): Found {
    for (let k = from; k < Math.min(view.length, from + 8); k++) {
      if (view.isPunct(k, ";:")) break;
      if (view.words[k] === "by") return this.object(view, k + 1);
    }
    return nobody;
  }

  /**
   * The one an event noun is about: "Pak's arrest", "Pak's 2018
   * imprisonment", "his execution", "the arrest last week of Pak",
   * "the execution in May of three officials, Pak, Ri and Kim".
   */
  ofNoun(view: SentenceView, noun: number, byIsPatient = false): Found {
    let j = noun - 1;
    // "Pak's forced repatriation", "Pak's 2018 arrest": modifiers between the owner and the noun.
    const participle = (k: number) => view.pos[k] === "VERB" && /(?:ed|en)$/.test(view.words[k]);
    while (j >= 0 && noun - j <= 4 && (view.date[j] || view.pos[j] === "ADJ" || view.pos[j] === "NUM" || participle(j) || (view.pos[j] === "NOUN" && !this.isPersonNoun(view.words[j])) || view.words[j] === "-")) j--;
    if (j >= 1 && view.isPossessive(j)) {
      const owner = view.words[j] === "s" ? j - 2 : j - 1;
      if (owner >= 0 && view.person[owner]) return { people: this.joinedBefore(view, view.mentionStart(owner)) };
      // "Tuesday's arrest of Pak", "the court's sentencing of Pak": the one it happened to may follow.
    }
    if (j >= 0 && POSSESSIVE_PRONOUNS.has(view.words[j])) return this.possessivePronoun(view, j);
    // "Pak, whose defection in 2003 …"
    if (j >= 1 && view.words[j] === "whose") return this.antecedent(view, j);
    // "Pak reappeared after a ten-month disappearance": an indefinite event noun in a time phrase after the clause is its subject's.
    if (j >= 2 && (view.words[j] === "a" || view.words[j] === "an") && AFTER_CLAUSE.has(view.words[j - 1]) && view.words[noun + 1] !== "of") return this.clauseSubject(view, j - 1);
    let k = noun + 1;
    for (let steps = 0; k < view.length && steps < 6; steps++) {
      if (view.date[k]) { k = view.dateEnd(k) + 1; continue; }
      if (view.pos[k] === "ADV") { k++; continue; }
      // "the arrest in May of Pak", "the arrest by police of Pak"
      if ((view.pos[k] === "ADP" && view.words[k] !== "of") && view.date[k + 1]) { k++; continue; }
      if (view.words[k] === "by" && k + 2 < view.length && view.words[k + 2] === "of") { k += 2; continue; }
      break;
    }
    if (view.words[k] === "of") return this.object(view, k + 1);
    // "the defection by Pak": for an event its subject undergoes, "by" names who.
    if (view.words[k] === "by" && byIsPatient) return this.object(view, k + 1);
    return nobody;
  }

  /**
   * "his execution": the pronoun's antecedent; in a phrase set before the
   * main clause ("After his detention in May, Pak left"), the main clause's
   * subject when no one of that gender was named before it.
   */
  private possessivePronoun(view: SentenceView, j: number): Found {
    // Only inside a phrase set before the main clause ("Weeks before her arrest, Pak …"), not as its subject ("Her arrest came …").
    const comma = view.words.indexOf(",");
    const inPhrase = view.words.slice(0, j).some((w, k) => view.pos[k] === "ADP" || FRONTING.has(w));
    const fronted = comma > j && inPhrase && !view.person.slice(0, comma).some(Boolean);
    if (fronted) {
      const main = this.mainSubject(view, j);
      if (main.people.length && this.genderFits(main.people[0], view.words[j])) return main;
    }
    return this.coref.pronoun(view.spans[j].start, view.index, view.words[j]);
  }

  private genderFits(person: number, pronoun: string): boolean {
    const gender = this.coref.index.gender(person);
    return pronoun === "their" || !gender || (gender === "female") === (pronoun === "her");
  }

  /** "the jailed writer Pak", "ousted president Pak": the name after an adjective. */
  following(view: SentenceView, adjective: number): Found {
    for (let k = adjective + 1; k < Math.min(view.length, adjective + 6); k++) {
      if (view.person[k]) return view.isPossessive(view.mentionEnd(k) + 1) ? nobody : { people: [view.person[k]!.entity] };
      // "the missing pilot, Captain Pak"
      if (view.words[k] === "," && this.isPersonNoun(view.words[k - 1])) { const listed = this.listAfter(view, k); return listed.length ? { people: listed } : nobody; }
      if (!(view.pos[k] === "NOUN" || view.pos[k] === "PROPN" || view.pos[k] === "ADJ" || view.words[k] === "-")) break;
    }
    return nobody;
  }

  /**
   * "was executed with two of his aides, Pak and Ri", "fled along with her
   * son Kim": the people the event happened to together with its patient.
   */
  withWhom(view: SentenceView, from: number): number[] {
    for (let k = from; k < Math.min(view.length - 1, from + 12); k++) {
      // Only places, dates and adverbs may come between: "was shot there in May with …", not "the failure of talks with …".
      const aside = view.pos[k] === "ADV" || view.date[k] || view.place[k] || ["in", "at", "on", "there", ","].includes(view.words[k]);
      if (view.words[k] !== "with" && !aside) return [];
      if (view.words[k] !== "with" || view.words[k + 1] === "the" && !view.person[k + 2]) continue;
      let m = k + 1;
      for (let n = 0; m < view.length && n < 6 && !view.person[m] && (NP_POS.has(view.pos[m]) || POSSESSIVE_PRONOUNS.has(view.words[m]) || view.words[m] === "," || view.words[m] === "other"); n++) m++;
      return m < view.length && view.person[m] ? this.joinedAfter(view, view.mentionEnd(m)) : [];
    }
    return [];
  }

  /**
   * "Seven people died, among them Pak, Ri and Kim": the people a sentence
   * lists after a group it made the subject.
   */
  listedLater(view: SentenceView, from: number, reach = view.length): number[] {
    for (let k = from; k < Math.min(view.length - 1, from + reach); k++) {
      if (view.isPunct(k, ";:")) break;
      // "The arrests on Monday included Pak and Ri."; "Among the officials who fled were Pak and Ri."
      if ((INCLUDED.has(view.words[k]) && view.pos[k] === "VERB") || ((view.words[k] === "were" || view.words[k] === "are") && view.words[0].toLowerCase() === "among")) {
        const listed = this.listAfter(view, k + 1);
        if (listed.length) return listed;
      }
      if (view.words[k] === "," && (view.words[k + 1] === "including" || view.words[k + 1] === "among" || view.words[k + 1] === "such")) {
        const at = view.words[k + 1] === "among" && view.words[k + 2] === "them" ? k + 3 : k + 1;
        const listed = this.listAfter(view, view.words[k + 1] === "among" && view.words[k + 2] === "them" ? at : k + 1);
        if (listed.length) return listed;
      }
    }
    return [];
  }

  /**
   * The people joined to the mention starting at token `first` by "and" or
   * commas before it: "Pak, Ri and Kim were", "Pak and his wife Ri were".
   * A name set off by commas ("the minister, Pak, was") only joins by "and".
   */
  joinedBefore(view: SentenceView, first: number): number[] {
    const last = view.mentionEnd(first);
    const people = [view.person[first]!.entity];
    const setOff = view.words[last + 1] === ",";
    let cur = first;
    for (;;) {
      const prev = this.linkBefore(view, cur, setOff && cur === first);
      if (prev === undefined) break;
      people.unshift(view.person[prev]!.entity);
      cur = view.mentionStart(prev);
    }
    return [...new Set(people)];
  }

  private linkBefore(view: SentenceView, first: number, needAnd: boolean): number | undefined {
    let joined = false, and = false;
    for (let k = first - 1, n = 0; k >= 0 && n < 8; k--, n++) {
      if (view.person[k]) return joined && (!needAnd || and) && !view.isPossessive(k + 1) ? k : undefined;
      const w = view.words[k];
      if (w === "," || w === "and" || w === "&") { joined = true; and ||= w !== ","; continue; }
      if (!(view.pos[k] === "NUM" || POSSESSIVE_PRONOUNS.has(w) || (view.pos[k] === "NOUN" && this.isPersonNoun(w)) || view.pos[k] === "PROPN" || w === "former")) return undefined;
    }
    return undefined;
  }

  /** The ";" that ends an apposition opened by the comma at `comma` ("Pak, a trade official;"), or -1. */
  private semicolonAfterApposition(view: SentenceView, comma: number): number {
    for (let k = comma + 1; k < view.length && k - comma <= 10; k++) {
      if (view.words[k] === ";") return k > comma + 1 ? k : -1;
      if (view.person[k] || view.words[k] === "," || view.pos[k] === "VERB" && !/(?:ed|en)$/.test(view.words[k])) return -1;
    }
    return -1;
  }

  /** The people joined after the mention ending at token `last`: "Pak, Ri and Kim". */
  joinedAfter(view: SentenceView, last: number): number[] {
    const people = [view.person[last]!.entity];
    let cur = last;
    for (;;) {
      let joined = false, k = cur + 1;
      for (let n = 0; k < view.length && n < 8 && !view.person[k]; k++, n++) {
        const w = view.words[k];
        // "Pak, a trade official; Ri, a lecturer; and Kim": a list whose items carry appositions is held by semicolons.
        if (w === "," && k === cur + 1) {
          const semi = this.semicolonAfterApposition(view, k);
          if (semi >= 0) { k = semi; joined = true; continue; }
        }
        if (w === "," || w === "and" || w === "&" || (w === ";" && joined)) { joined = true; continue; }
        // "Ri, health minister Pak and labour minister Kim": a title with its modifiers before the next name.
        if (!(view.pos[k] === "NUM" || POSSESSIVE_PRONOUNS.has(w) || view.pos[k] === "NOUN" || view.pos[k] === "ADJ" || view.pos[k] === "PROPN" || w === "former")) break;
      }
      if (!(k < view.length && view.person[k] && joined)) break;
      people.push(view.person[k]!.entity);
      cur = view.mentionEnd(k);
      if (view.isPossessive(cur + 1)) { people.pop(); break; }
    }
    return [...new Set(people)];
  }
}
