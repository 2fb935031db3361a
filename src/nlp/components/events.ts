import type { Doc, EventMention, NameMention } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import type { Component } from "../component.js";
import { attributionOf, certaintyOf } from "../events/attribution.js";
import { isAttributive, isHypothetical, isInfinitive, isNegated, isRecent, isUnconfirmedAfter } from "../events/clause.js";
import { dateNear, disclosureIn } from "../events/event-date.js";
import { countryOf, personCountries, personCountry, placeNear, postingCountry } from "../events/event-place.js";
import { attachDisclosures } from "../events/disclosures.js";
import { mergeEvents } from "../events/merge-events.js";
import { applyRelativeDatings, relativeOffset, type RelativeDating } from "../events/relative-dating.js";
import { ParticipantFinder } from "../events/participants.js";
import { findTriggers } from "../events/triggers.js";
import { lexicon, type Lexicon } from "../lexicon.js";
import { longestTitleIn } from "../names/context-cues.js";

function sentenceIndexAt(sentences: Span[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** The country most named in the document: where an event happened when its sentence does not say. */
function mainCountry(places: NameMention[], lex: Lexicon): string | undefined {
  const counts = new Map<string, number>();
  for (const p of places) {
    const c = countryOf(p, lex);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function groupBySentence<T extends Span>(items: T[], sentences: Span[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const i = sentenceIndexAt(sentences, item.start);
    const list = out.get(i);
    if (list) list.push(item); else out.set(i, [item]);
  }
  return out;
}

/** Gives undated events the date a later or earlier sentence states for "the escape", "the killing". */
function applyDatings(events: EventMention[], datings: { type: string; at: number; when: string }[]): void {
  for (const d of datings) {
    const candidates = events.filter((e) => e.type === d.type && !e.whenStated && e.person !== undefined);
    const nearest = candidates.sort((a, b) => Math.abs(a.evidence.start - d.at) - Math.abs(b.evidence.start - d.at))[0];
    if (nearest) { nearest.when = d.when; nearest.whenStated = true; }
  }
}

/**
 * Typed events: a trigger word from the lexicon, the person it happens to,
 * when (and when it was made public), where, the evidence span, attribution
 * and certainty. Negated and hypothetical statements are left out.
 */
export function eventsComponent(): Component {
  return {
    name: "events",
    version: 1,
    requires: ["tokens", "sentences", "dates", "names", "people", "places"],
    assigns: ["events"],
    run(doc) {
      const lex = lexicon();
      const { text } = doc;
      const sentences = doc.layers.sentences!;
      const dates = doc.layers.dates ?? [];
      const places = (doc.layers.names ?? []).filter((m) => m.kind === "place");
      const finder = new ParticipantFinder(doc, lex);
      // Dates and places by sentence, so that each trigger looks only at its own (long documents stay linear).
      const datesBy = groupBySentence(dates, sentences);
      const placesBy = groupBySentence(places, sentences);
      const countries = personCountries(text, doc.layers.names!, sentences, lex);
      const fallbackPlace = mainCountry(places, lex);
      const found: EventMention[] = [];
      const datings: { type: string; at: number; when: string }[] = [];
      const triggers = findTriggers(text);
      const relatives: RelativeDating[] = [];
      for (const trigger of triggers) {
        const si = sentenceIndexAt(sentences, trigger.start);
        const sentence = sentences[si];
        const before = text.slice(sentence.start, trigger.start);
        if (isNegated(before) || isHypothetical(before) || (trigger.role !== "nouns" && isInfinitive(before))) continue;
        if (isUnconfirmedAfter(text.slice(trigger.end, sentence.end))) continue;
        if (!trigger.attributive && trigger.role === "undergoes" && isAttributive(before)) continue;
        if (trigger.requiresTitle && !longestTitleIn(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 50)).replace(/[^\p{L}\s'’-]/gu, " "), lex)) continue;
        // "the escape", "his arrest": a verb form after a determiner is the event's noun.
        if (trigger.role !== "nouns" && /\b(?:the|a|an|this|that|his|her|their|its)\s+(?:\p{Ll}+\s+)?$/iu.test(before) && !/(?:ed|en)$/.test(text.slice(trigger.start, trigger.end))) trigger.role = "nouns";
        const who = finder.find(trigger, sentence, si);
        const date = dateNear(text, sentence, trigger, datesBy.get(si) ?? []);
        if (!who.people.length && !who.actor) {
          // "the escape occurred in early November of last year": a date for an event told elsewhere.
          if (date && trigger.role === "nouns" && /\b(?:the|this|that)\s+$/i.test(before)) datings.push({ type: trigger.type, at: trigger.start, when: date.value });
          continue;
        }
        const sentenceText = text.slice(sentence.start, sentence.end);
        const base = {
          type: trigger.type,
          when: date?.value ?? (isRecent(before) ? doc.published : undefined),
          whenStated: date !== undefined,
          disclosed: disclosureIn(text, sentence, datesBy.get(si) ?? []),
          where: placeNear(text, sentence, trigger, placesBy.get(si) ?? [], trigger.type, lex),
          evidence: { start: sentence.start, end: sentence.end },
          attribution: attributionOf(sentenceText),
          certainty: certaintyOf(sentenceText),
        };
        if (!who.people.length) found.push({ ...base, actor: who.actor, where: base.where ?? fallbackPlace });
        // "The execution of Jang … came only four days after he was arrested"
        const opening = triggers.find((t) => t.role === "nouns" && t.start >= sentence.start && t.start - sentence.start < 20 && t.start < trigger.start);
        const offset = relativeOffset(text, sentence, trigger, opening?.type);
        for (const person of who.people) {
          // A defector's "where" is the post they left ("the embassy in the UK"), before any place in the sentence ("from the Pyongyang regime").
          const posting = trigger.type === "defection" ? postingCountry(countries.get(person)) : undefined;
          found.push({ ...base, person, where: posting ?? base.where ?? personCountry(countries.get(person), trigger.type) ?? fallbackPlace });
          if (offset) relatives.push({ ...offset, event: found.at(-1)! });
        }
      }
      applyDatings(found, datings);
      applyRelativeDatings(found, relatives);
      attachDisclosures(text, sentences, datesBy, found, finder);
      doc.layers.events = mergeEvents(found).map((e) => ({ ...e, when: e.when ?? doc.published }));
    },
  };
}
