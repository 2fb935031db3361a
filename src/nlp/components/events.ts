import type { DateMention, Doc, EventMention, NameMention, Token } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import type { Component } from "../component.js";
import { lazyVersion } from "../component-version.js";
import { Arguments } from "../events/arguments.js";
import { isFramedAsFact, isUnrealisedNoun } from "../events/assertion.js";
import { attributionOf, certaintyOf } from "../events/attribution.js";
import { isHypothetical, isNegated, isUnconfirmedAfter } from "../events/clause.js";
import { clauseDate, coordinatedDate, statementDate, timePhraseDate } from "../events/clause-date.js";
import { Coreference, nobody, type Found } from "../events/coreference.js";
import { disclosureIn } from "../events/event-date.js";
import { personCountries, personCountry, placeNear, postingCountry } from "../events/event-place.js";
import { attachDisclosures } from "../events/disclosures.js";
import { EventsBy } from "../events/event-index.js";
import { eventGrammar } from "../events/grammar.js";
import { matchTriggers, type Trigger } from "../events/match-triggers.js";
import { mergeEvents } from "../events/merge-events.js";
import { applyRelativeDatings, offsetFromNow, relativeOffset, type RelativeDating } from "../events/relative-dating.js";
import { SentenceView } from "../events/sentence-view.js";
import { isAsserted, isParticiple, verbGroup, type VerbGroup } from "../events/verb-group.js";
import { lexicon } from "../lexicon.js";

/** Tokens grouped by their sentence (tokens are in text order and know their sentence). */
function tokensBySentence(tokens: Token[], sentences: Span[]): Token[][] {
  const out: Token[][] = sentences.map(() => []);
  for (const t of tokens) out[t.sentence]?.push(t);
  return out;
}

/** Items of a layer grouped by the sentence they start in, in one pass over both sorted lists. */
function bySentence<T extends Span>(items: T[], sentences: Span[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  if (!sentences.length) return out;
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const item of sorted) {
    while (s + 1 < sentences.length && sentences[s + 1].start <= item.start) s++;
    out[s].push(item);
  }
  return out;
}

const BE_FORMS = new Set(["is", "are", "am", "be"]);
/** The tags a cue word can carry (not determiners, prepositions, pronouns, numbers or punctuation). */
const CUE_POS = new Set(["VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADV"]);
/** Words before a verb that leave it without a subject of its own: "while elected president Pak …". */
const NO_SUBJECT = new Set(["while", "as", "when", "although", "though", "whereas"]);

/** A line without final punctuation: a headline, where "Pak appointed minister" is a reduced passive. */
const isHeadline = (text: string, sentence: Span) => !/[.!?"”’)]\s*$/.test(text.slice(sentence.start, sentence.end));

/**
 * The people a trigger's event happens to, from its reading: the patient of
 * a verb (its object, or its subject in the passive or for verbs like
 * "flee"), the possessor or "of" phrase of a noun, the name after an
 * adjective.
 */
function patientOf(t: Trigger, view: SentenceView, args: Arguments, text: string, sentence: Span): Found {
  if (t.reading === "noun") return args.ofNoun(view, t.token, eventGrammar().subjectOnly.has(t.type));
  if (t.reading === "adjective") return args.following(view, t.token);
  const sense = t.sense!, group = t.group!;
  let passive = group.passive;
  // "Pak reinstated as minister" in a headline.
  const headlinePassive = isParticiple(t.kind) && group.start === t.token && isHeadline(text, sentence) && view.person[t.token - 1] !== undefined;
  if (headlinePassive && sense.patient === "object") return args.subject(view, group.subjectStart);
  // "Pak, arrested in May, …" and "Arrested in May, Pak …": a bare participle read as a passive.
  const bare = !passive && isParticiple(t.kind) && group.start === t.token && (t.token === 0 || view.words[t.token - 1] === ",");
  // "was tried, convicted and hanged", "was questioned and then deported": one auxiliary for all.
  if (!passive && sense.patient === "object" && isParticiple(t.kind) && group.adverbs.length === t.token - group.start && isCoordinatedPassive(view, group.start)) passive = true;
  // The object stands right after the verb ("removed Pak from his post") or after the construction's words ("handed down a sentence to Pak").
  const objectOf = () => { const o = args.object(view, t.token + 1); return o.people.length || t.last === t.token ? o : args.object(view, t.last + 1); };
  const object = sense.patient === "object" && !passive ? objectOf() : nobody;
  if (bare && sense.patient === "object" && !object.people.length) passive = true;
  // "The officials arrested on Monday include Pak": a participle right after a plural of people, with no object, qualifies them.
  const reduced = !passive && t.kind === "ed" && group.start === t.token && view.pos[t.token - 1] === "NOUN" && /s$/.test(view.words[t.token - 1]) && args.isPersonNoun(view.words[t.token - 1]);
  if (reduced && sense.patient === "object" && !object.people.length && !object.actor) passive = true;
  // "Yun replaced Pak": a named object, not a description resolved to someone.
  if (sense.needsObject && !passive) { const o = objectOf(); if (!o.people.length || o.actor) return nobody; }
  if (sense.patient === "subject") {
    if (passive) return args.agent(view, t.token + 1);
    const subject = args.subject(view, group.subjectStart);
    return subject.people.length || t.kind !== "ing" || group.start !== t.token ? subject : args.clauseSubject(view, group.start);
  }
  if (passive) return args.subject(view, group.subjectStart);
  // "while elected President Pak …": a participle with no subject before it qualifies the name.
  if (!sense.attributive && isParticiple(t.kind) && (group.start === 0 || NO_SUBJECT.has(view.words[group.start - 1]))) return nobody;
  return object;
}

/** A participle after "and" or a comma whose first conjunct is a passive: "was tried, convicted and hanged". */
function isCoordinatedPassive(view: SentenceView, i: number): boolean {
  return firstPassiveConjunct(view, i) !== undefined;
}

/** The token of the first conjunct of a participle coordinated under one passive auxiliary ("was tried, convicted and hanged"). */
function firstPassiveConjunct(view: SentenceView, i: number): { verb: number; group: VerbGroup } | undefined {
  const joiner = view.before(i);
  if (!["and", "or", ",", "then"].includes(view.words[joiner])) return undefined;
  for (let k = joiner - 1; k >= Math.max(0, i - 20); k--) {
    if (view.isPunct(k, ";:") || view.person[k]) return undefined;
    // Any verb but a gerund can be a participle after "was" ("was caught in China and repatriated").
    const participle = !view.words[k].endsWith("ing") && (view.pos[k] === "VERB" || /(?:ed|en|wn)$/.test(view.words[k]) || (eventGrammar().forms.get(view.words[k]) ?? []).some(([, kind]) => isParticiple(kind)));
    if (view.pos[k] === "VERB" || (view.pos[k] === "ADJ" && participle)) {
      // "was accused of abusing power, stripped of his posts and detained": a gerund inside a phrase is no conjunct.
      if (view.words[k].endsWith("ing") && view.pos[view.before(k)] === "ADP") continue;
      const group = verbGroup(view, k, participle ? "ed" : "base");
      if (group.passive) return { verb: k, group };
      if (group.start === k && ["and", "or", ","].includes(view.words[view.before(k)])) continue;
      return undefined;
    }
  }
  return undefined;
}

/** "Last week Pak was accused of graft, stripped of his posts and detained": a date before the shared auxiliary dates every conjunct. */
function sharedPassiveDate(text: string, sentence: Span, view: SentenceView, t: Trigger): string | undefined {
  if (t.reading !== "verb" || !isParticiple(t.kind) || !t.group || t.group.adverbs.length !== t.token - t.group.start) return undefined;
  const first = firstPassiveConjunct(view, t.group.start);
  if (!first) return undefined;
  const date = clauseDate(text, sentence, view, first.verb, false);
  return date && date.start < view.spans[first.group.start].start ? date.value : undefined;
}

/**
 * "Pak has defected", and in a headline "Pak defects" or "Pak sacked": the
 * present perfect and the headline's present tell news of the day the
 * article appeared, which is then the event's date (as the annotators of
 * the real-article corpora read them).
 */
function recentDate(doc: Doc, t: Trigger, view: SentenceView, sentence: Span): string | undefined {
  // "has spent 20 years in prison" is a state, not news of the day.
  if (!t.group || !doc.published || t.sense?.state) return undefined;
  if (t.group.presentPerfect) return doc.published;
  if (!isHeadline(doc.text, sentence) || t.group.start !== t.token) return undefined;
  // "Pak defects", "Pyongyang sacks Pak", "Pak sacked as premier" (but "Why Pak defected" is history).
  const present = t.kind === "s";
  const reducedPassive = isParticiple(t.kind) && t.sense?.patient === "object";
  return present || reducedPassive ? doc.published : undefined;
}

/** False when the sentence does not assert the event: negated, hypothetical, a question, taken back after. */
function isAsserting(t: Trigger, view: SentenceView, text: string, sentence: Span): boolean {
  if (t.group && (!isAsserted(t.group) || t.group.negated !== (t.sense?.negated ?? false))) return false;
  // "Many defectors die poor": outside a headline, the simple present states no event ("is missing", "remains in custody" do).
  if (t.group && t.group.start === t.token && t.group.infinitive === undefined && (t.kind === "s" || t.kind === "base") && !BE_FORMS.has(view.words[t.token]) && !(t.kind === "s" && t.sense?.state) && !isHeadline(text, sentence) && !clauseDate(text, sentence, view, t.token, false)) return false;
  const at = view.spans[t.group?.start ?? t.token].start;
  const before = text.slice(sentence.start, at);
  if (!t.sense?.negated && isNegated(before)) return false;
  if (isHypothetical(before)) return false;
  const after = text.slice(view.spans[t.last].end, sentence.end);
  if (isUnconfirmedAfter(after)) return false;
  if (t.reading === "noun" && isUnrealisedNoun(view, t.token)) return false;
  return isFramedAsFact(view, t.group?.start ?? t.token, t.last);
}

/**
 * Typed events: triggers from the event grammar (data/lexicon/event-grammar.json)
 * read with the sentence's POS tags, the people they happen to, when (as the
 * text dates it, or undated) and when it was made public, where, the
 * evidence sentence and the sentences it rests on, attribution and certainty.
 */
export function eventsComponent(): Component {
  const version = lazyVersion({ code: ["components/events.js", "components/events.ts", "events", "lexicon.js", "lexicon.ts", "names"], data: ["lexicon", "places", "names/given-name-genders.json"] });
  return {
    name: "events",
    get version() { return version(); },
    requires: ["tokens", "sentences", "dates", "names", "people", "places"],
    assigns: ["events"],
    run(doc) {
      const lex = lexicon();
      const grammar = eventGrammar();
      const { text } = doc;
      const sentences = doc.layers.sentences!;
      const tokensBy = tokensBySentence(doc.layers.tokens ?? [], sentences);
      const names = doc.layers.names ?? [];
      const peopleBy = bySentence(names.filter((m) => m.kind === "person" && m.entity >= 0), sentences);
      const placesBy = bySentence(names.filter((m) => m.kind === "place"), sentences);
      const datesBy = bySentence(doc.layers.dates ?? [], sentences);
      const coref = new Coreference(doc, lex, (w) => grammar.forms.get(w)?.some(([lemma, kind]) => (kind === "noun" || kind === "plural") && grammar.nouns.has(lemma)) ?? false);
      const args = new Arguments(coref, lex);
      const countries = personCountries(text, names, sentences, lex);
      const found: EventMention[] = [];
      const relatives: RelativeDating[] = [];
      const datings: { type: string; at: number; when: string }[] = [];
      // Events dated only by the day of the news ("Pak has been arrested"): a date stated elsewhere wins.
      const newsDated = new Set<EventMention>();
      // Undated events told with "also" ("Ri was also sworn in"): one more of an occasion told before.
      const additive = new Set<EventMention>();
      sentences.forEach((sentence, si) => {
        const tokens = tokensBy[si];
        // Most sentences hold no word that can start an event: skip them before reading them.
        if (!tokens.some((t) => CUE_POS.has(t.pos) && grammar.cues.has(text.slice(t.start, t.end).toLowerCase()))) return;
        const view = new SentenceView(si, sentence, text, tokens, peopleBy[si], datesBy[si], placesBy[si]);
        const triggers = matchTriggers(view, grammar, lex);
        for (const t of triggers) {
          if (!isAsserting(t, view, text, sentence)) continue;
          let who = patientOf(t, view, args, text, sentence);
          // "Seven people died in the attack, among them Pak, Ri and Kim"
          if (!who.people.length && who.actor) { const listed = args.listedLater(view, t.last + 1); if (listed.length) who = { people: listed }; }
          // "The arrests on Monday included Pak and Ri", "the purge last year, including Pak": the noun's own list, close after it.
          else if (!who.people.length && t.reading === "noun") { const listed = args.listedLater(view, t.last + 1, 6); if (listed.length) who = { people: listed }; }
          // "was executed with two of his aides, Pak and Ri": they underwent it too.
          if (who.people.length && t.reading === "verb" && (t.group?.passive || t.sense?.patient === "subject")) {
            const along = args.withWhom(view, t.last + 1);
            if (along.length) who = { ...who, people: [...new Set([...who.people, ...along])] };
          }
          if (who.people.length) coref.noteTopic(who.people, si);
          const span = view.spans[t.token];
          const inPhrase = t.reading === "noun" ? timePhraseDate(text, sentence, view, t.token) : undefined;
          const stated = inPhrase !== undefined ? inPhrase ?? undefined
            : ownDate(clauseDate(text, sentence, view, t.token, t.reading === "noun"), t, triggers, view, text, sentence)
              ?? (t.reading === "verb" ? coordinatedDate(text, sentence, view, t.last)?.value ?? sharedPassiveDate(text, sentence, view, t) : undefined);
          // "Pak has been arrested, the court said on Sunday": news dated by its statement; else by the day it appeared (a weak date).
          const recent = stated === undefined && inPhrase === undefined ? recentDate(doc, t, view, sentence) : undefined;
          const told = recent && t.group?.presentPerfect ? statementDate(text, sentence, view)?.value : undefined;
          const news = told ? undefined : recent;
          const dated = stated ?? told;
          // "The jailed writer Pak was freed on Monday": what a modifier tells is not dated by the clause it sits in.
          const date = t.reading === "adjective" ? undefined : dated ?? news ?? (inPhrase === undefined ? offsetFromNow(text, sentence, span, doc.published) : undefined);
          if (!who.people.length && !who.actor) {
            // "The escape took place in early May": a date for an event told in another sentence.
            if (date && t.reading === "noun" && /^(?:the|this|that)$/.test(view.words[t.token - 1] ?? "")) datings.push({ type: t.type, at: span.start, when: date });
            continue;
          }
          const events = toEvents(doc, t, who, { sentence, si, span, date, view, placesBy, countries, datesBy, triggers, relatives, agent: () => agentOf(t, view, args) });
          if (news && date === news) for (const e of events) newsDated.add(e);
          if (!date && isAdditive(view, t)) for (const e of events) additive.add(e);
          found.push(...events);
        }
      });
      applyDatings(found, datings);
      inheritEpisodeDates(found, sentences, text, additive);
      applyRelativeDatings(found, relatives);
      // Who a sentence is about: a person named at its start, or the person its opening pronoun stands for.
      const subjectOf = (si: number): number | undefined => {
        const first = peopleBy[si][0];
        if (first && first.start - sentences[si].start < 40) return first.entity;
        const opening = text.slice(sentences[si].start, sentences[si].start + 30).match(/^(?:\S+\s+){0,3}?(his|her|he|she)\b/i);
        return opening ? coref.pronoun(sentences[si].start + opening[0].length, si, opening[1]).people[0] : undefined;
      };
      attachDisclosures(text, sentences, datesBy, found, subjectOf);
      doc.layers.events = mergeEvents(found, newsDated);
    },
  };
}

interface Context {
  sentence: Span;
  si: number;
  span: Span;
  date?: string;
  view: SentenceView;
  placesBy: NameMention[][];
  countries: ReturnType<typeof personCountries>;
  datesBy: DateMention[][];
  triggers: Trigger[];
  relatives: RelativeDating[];
  /** The one who does it to the person ("Pak" in "Pak sacked Ri"), asked for only when nothing else places the event. */
  agent: () => number | undefined;
}

/** "The Chilean president sacked Ri": the named subject of an active verb whose object undergoes the event. */
function agentOf(t: Trigger, view: SentenceView, args: Arguments): number | undefined {
  if (t.reading !== "verb" || t.sense?.patient !== "object" || t.group?.passive) return undefined;
  const subject = args.subject(view, t.group!.subjectStart);
  return subject.actor ? undefined : subject.people[0];
}

/** One event per person the trigger's event happens to. */
function toEvents(doc: Doc, t: Trigger, who: Found, c: Context): EventMention[] {
  const { text } = doc;
  const lex = lexicon();
  const sentenceText = text.slice(c.sentence.start, c.sentence.end);
  const support = who.from !== undefined && who.from !== c.si ? [doc.layers.sentences![who.from]] : undefined;
  const base: EventMention = {
    type: t.type,
    when: c.date,
    disclosed: disclosureIn(text, c.sentence, c.datesBy[c.si]),
    // "The deposed president Pak arrived in Oslo": what a modifier tells did not happen in the sentence's place.
    where: t.reading === "adjective" ? undefined : placeNear(text, c.sentence, c.span, c.placesBy[c.si], t.type, lex),
    evidence: { start: c.sentence.start, end: c.sentence.end },
    ...(support ? { support } : {}),
    attribution: attributionOf(sentenceText),
    certainty: certaintyOf(sentenceText),
  };
  if (!who.people.length) return [{ ...base, actor: who.actor }];
  // "The hanging of Pak followed two weeks after he was detained": dated from the event the sentence opens with.
  const opening = c.triggers.find((o) => o.reading === "noun" && o.token < t.token && c.view.spans[o.token].start - c.sentence.start < 20);
  const offset = relativeOffset(text, c.sentence, c.span, opening?.type);
  return who.people.map((person) => {
    // A defector's place is the post they left, before any place the sentence names.
    const posting = t.type === "defection" ? postingCountry(c.countries.get(person)) : undefined;
    // Else where the person served or belongs; else where the one who acted on them does ("North Korean leader Kim sacked Ri").
    const own = posting ?? base.where ?? personCountry(c.countries.get(person));
    const agent = own ? undefined : c.agent();
    const event = { ...base, person, where: own ?? (agent !== undefined && agent !== person ? personCountry(c.countries.get(agent)) : undefined) };
    if (offset) c.relatives.push({ ...offset, event });
    return event;
  });
}

/**
 * "Pak was sworn in on Wednesday. Ri and Kim were sworn in too.": an
 * undated event takes the date of an event of the same type told just
 * before it in the same paragraph, the same episode of the story; told
 * with "also", at any distance before it.
 */
function inheritEpisodeDates(events: EventMention[], sentences: Span[], text: string, additive: Set<EventMention>): void {
  const byType = new EventsBy(events, (e) => e.type);
  const sentenceAt = new Map(sentences.map((s, i) => [s.start, i]));
  for (const e of events) {
    if (e.when || e.person === undefined) continue;
    const previous = byType.before(e.type, e.evidence.start).filter((o) => o.when && o.person !== e.person).at(-1);
    if (!previous) continue;
    const gap = (sentenceAt.get(e.evidence.start) ?? 0) - (sentenceAt.get(previous.evidence.start) ?? 0);
    if (additive.has(e) || (gap <= 2 && !text.slice(previous.evidence.end, e.evidence.start).includes("\n\n"))) { e.when = previous.when; e.support = [...(e.support ?? []), previous.evidence]; }
  }
}

/**
 * "The two were held a week after the death of the founder on 9 May": a date
 * after a later event noun in a time phrase is that event's, not this one's;
 * so is a date right after another event noun ("she was held because she
 * reported the killing last week of a colleague").
 */
function ownDate(date: DateMention | undefined, t: Trigger, triggers: Trigger[], view: SentenceView, text: string, sentence: Span): string | undefined {
  if (!date) return undefined;
  const at = view.date.indexOf(date);
  // (Not the same event told twice, "won a seat in the election in May"; not a time phrase, "upon his death in May, she took over".)
  const sameEvent = (o: Trigger) => o.type === t.type && (o.token <= t.last || view.pos.slice(t.last + 1, o.token).every((p, i) => p !== "VERB" && p !== "AUX" && p !== "SCONJ" && !view.isPunct(t.last + 1 + i, ",;:")));
  const rightAfter = (o: Trigger) => (at - o.token === 1 || (at - o.token === 2 && view.pos[o.token + 1] === "ADP")) && !sameEvent(o) && timePhraseDate(text, sentence, view, o.token) === undefined;
  const other = triggers.find((o) => o !== t && o.reading === "noun" && (rightAfter(o) || (o.token > t.last && view.spans[o.token].end <= date.start && timePhraseDate(text, sentence, view, o.token) === date.value)));
  return other ? undefined : date.value;
}

/** "Ri was also sworn in", "Ri also took the oath": "also" in the verb group or right before it. */
function isAdditive(view: SentenceView, t: Trigger): boolean {
  const start = t.group?.start ?? t.token;
  for (let k = Math.max(0, start - 1); k < t.token; k++) if (view.words[k] === "also") return true;
  return false;
}

/** Gives an undated event the date a sentence states for "the escape" or "the killing" without naming anyone. */
function applyDatings(events: EventMention[], datings: { type: string; at: number; when: string }[]): void {
  if (!datings.length) return;
  const byType = new EventsBy(events, (e) => (e.person === undefined ? undefined : e.type));
  for (const d of datings) {
    // The nearest undated one before it, else the first after it.
    const undated = (e: EventMention) => !e.when;
    const nearest = byType.before(d.type, d.at).filter(undated).at(-1) ?? byType.get(d.type).find((e) => e.evidence.start >= d.at && undated(e));
    if (nearest) nearest.when = d.when;
  }
}
