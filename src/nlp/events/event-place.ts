import type { NameMention } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import type { Lexicon } from "../lexicon.js";

// "defected to South Korea", "arrived in Seoul", "fled to Britain": where the person went, not where it happened.
const DESTINATION = /\b(?:to|into|reached|reach|arrived in|arrive in|entered|resettled in|relocated to|settled in|exile in|asylum in|refuge in|in (?=Seoul\b))\s+(?:the\s+)?$/i;
// "in Kuala Lumpur", "at the consulate in Vladivostok", "from Cuba": a place where something happens.
const LOCATIVE = /\b(?:in|at|from|near|inside|outside|out of|left|fled|leaving)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;
// "the embassy in London", "ambassador to Egypt", "chargé d’affaires in Italy", "posted to Russia": where the person served.
const POSTING = /\b(?:embassy|consulate|mission|ambassador|envoy|diplomat|affaires|counsell?or|minister|worker|employee|posted|stationed|based|dispatched|serving|served)\s+(?:\p{Ll}+\s+){0,2}(?:in|to|at)\s+(?:the\s+)?$/u;

const before = (text: string, sentence: Span, p: Span, n = 40) => text.slice(Math.max(sentence.start, p.start - n), p.start);

/** The gazetteer country of a place mention; undefined for a street or a building it cannot place. */
export function countryOf(m: NameMention, lex: Lexicon): string | undefined {
  return m.place ? lex.places.get(m.place.toLowerCase())?.country : undefined;
}

/** The country of the place the sentence says the event happened in; for a defection, not its destination. */
export function placeNear(text: string, sentence: Span, trigger: Span, places: NameMention[], type: string, lex: Lexicon): string | undefined {
  const usable = places.filter((p) => {
    if (p.start < sentence.start || p.end > sentence.end || !countryOf(p, lex)) return false;
    // "at the Ukrainian border": a nationality word says little about where it happened.
    if (lex.places.get(text.slice(p.start, p.end).toLowerCase())?.kind === "demonym") return false;
    const left = before(text, sentence, p);
    if (type === "defection" && DESTINATION.test(left.slice(-20))) return false;
    return LOCATIVE.test(left) || POSTING.test(left);
  });
  const distance = (p: Span) => (p.start >= trigger.end ? p.start - trigger.end : trigger.start - p.end);
  const best = usable.sort((a, b) => distance(a) - distance(b))[0];
  return best ? countryOf(best, lex) : undefined;
}

/**
 * The country a person is tied to in the article. For a defection, where they
 * served ("the embassy in London", "ambassador to Egypt"); otherwise, and as a
 * fallback, the nationality written in front of their name ("North Korean
 * leader Kim", "North Korea’s former foreign minister Ri").
 */
export function personCountry(text: string, person: number, names: NameMention[], sentences: Span[], lex: Lexicon, type: string): string | undefined {
  const posting = new Map<string, number>();
  const nationality = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const places = names.filter((m) => m.kind === "place");
  for (const m of names.filter((n) => n.kind === "person" && n.entity === person)) {
    const sentence = sentences[m.sentence];
    for (const p of places.filter((p) => p.sentence === m.sentence)) {
      const country = countryOf(p, lex);
      if (!country) continue;
      if (POSTING.test(before(text, sentence, p))) bump(posting, country);
      else if (p.end <= m.start && /^(?:['’]s?)?\s+(?:[\p{L}'’-]+\s+){0,5}$/u.test(text.slice(p.end, m.start))) bump(nationality, country);
    }
  }
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (type === "defection" ? top(posting) : undefined) ?? top(nationality) ?? top(posting);
}
