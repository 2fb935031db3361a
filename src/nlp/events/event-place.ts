import type { NameMention } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import type { Lexicon } from "../lexicon.js";

// "defected to South Korea", "arrived in Seoul", "fled to Britain": where the person went, not where it happened.
const DESTINATION = /(?:\b(?:to|into)|\b(?:reached|reach|arrived|arrive|entered|enter|resettled|relocated|settled|safety|refuge|exile|asylum)\b[^,.;]{0,15}\b(?:in|to|into))\s+(?:the\s+)?$/i;
// "in Kuala Lumpur", "at the consulate in Vladivostok", "from Cuba": a place where something happens.
const LOCATIVE = /\b(?:in|at|from|near|inside|outside|out of|left|fled|leaving)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u;
// "the embassy in Lima", "ambassador to Peru", "a counsellor in Oslo", "posted to Laos": where the person served.
const POSTING = /\b(?:embassy|consulate|mission|ambassador|envoy|diplomat|affaires|counsell?or|minister|worker|employee|posted|stationed|based|dispatched|serving|served)\s+(?:\p{Ll}+\s+){0,2}(?:in|to|at)\s+(?:the\s+)?$/iu;
// "the mayor of Minsk", "governor of Kerman province", "police chief in Lagos": a post held in a place.
const POST_OF = /\b(?:mayor|governor|head|chief|president|premier|prime minister|commander|official|officer|senator|lawmaker|secretary|director|leader|judge|prosecutor)\s+(?:of|in|at|for)\s+(?:the\s+)?$/iu;

// "an Istanbul court sentenced", "Iranian authorities arrested": the place of the power that acts.
const AUTHORITY = /^\s+(?:\p{Ll}+\s+)?(?:court|courts|police|authorities|government|officials|forces|troops|prosecutors?|judges?|tribunal|regime|military|army|intelligence|security services)\b/u;

const SUBJECT_GAP = /^\s+(?:(?:has|have|had|is|was|reportedly|also|now|then|publicly|secretly|quietly)\s+){0,3}$/;

const before = (text: string, sentence: Span, p: Span, n = 40) => text.slice(Math.max(sentence.start, p.start - n), p.start);

/** The gazetteer country of a place mention; undefined for a street or a building it cannot place. */
export function countryOf(m: NameMention, lex: Lexicon): string | undefined {
  return m.place ? lex.places.get(m.place.toLowerCase())?.country : undefined;
}

/** The country of the place the sentence says the event happened in; for a defection, not its destination. */
export function placeNear(text: string, sentence: Span, trigger: Span, places: NameMention[], type: string, lex: Lexicon): string | undefined {
  const usable = places.filter((p) => {
    if (p.start < sentence.start || p.end > sentence.end || !countryOf(p, lex)) return false;
    const left = before(text, sentence, p);
    // "near the Turkish border": a nationality word says little about where it happened,
    // but "elected to the Chilean Senate" does.
    if (type !== "defection" && AUTHORITY.test(text.slice(p.end, p.end + 30))) return true;
    // "Peru has jailed a reporter", "Chile expels the envoy": a country as the one that acts.
    if (type !== "defection" && p.end <= trigger.start && SUBJECT_GAP.test(text.slice(p.end, trigger.start)) && lex.places.get(text.slice(p.start, p.end).toLowerCase())?.kind === "country") return true;
    if (lex.places.get(text.slice(p.start, p.end).toLowerCase())?.kind === "demonym") return type !== "defection" && /\b(?:to|in) the\s+$/.test(left);
    // "resettled in South Korea": a place inside the trigger words is their destination.
    if (type === "defection" && p.start >= trigger.start && p.end <= trigger.end) return false;
    if (type === "defection" && DESTINATION.test(left.slice(-20))) return false;
    return LOCATIVE.test(left) || POSTING.test(left);
  });
  const distance = (p: Span) => (p.start >= trigger.end ? p.start - trigger.end : trigger.start - p.end);
  const best = usable.sort((a, b) => distance(a) - distance(b))[0];
  return best ? countryOf(best, lex) : undefined;
}

/** Where each person served and which nationality is written before their name, as counts by country. */
export interface PersonCountries {
  posting: Map<string, number>;
  nationality: Map<string, number>;
}

/**
 * The countries each person is tied to in the article, in one pass over the
 * sentences: where they served ("the embassy in London", "ambassador to
 * Egypt") and the nationality written in front of their name ("Peruvian
 * senator Rojas", "Peru’s former trade minister Rojas").
 */
export function personCountries(text: string, names: NameMention[], sentences: Span[], lex: Lexicon): Map<number, PersonCountries> {
  const out = new Map<number, PersonCountries>();
  const bySentence = new Map<number, NameMention[]>();
  for (const m of names) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m); else bySentence.set(m.sentence, [m]);
  }
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const [si, inSentence] of bySentence) {
    const places = inSentence.filter((m) => m.kind === "place" && countryOf(m, lex)).map((p) => {
      // "a clerk at the Peruvian Embassy in Kenya": the nationality word is not the post.
      // Nor is "Peru’s new embassy".
      const demonym = lex.places.get(text.slice(p.start, p.end).toLowerCase())?.kind === "demonym" || /^['’]/.test(text.slice(p.end, p.end + 1));
      const left = before(text, sentences[si], p);
      return { p, country: countryOf(p, lex)!, posting: !demonym && (POSTING.test(left) || POST_OF.test(left)) };
    });
    if (!places.length) continue;
    for (const m of inSentence) {
      if (m.kind !== "person" || m.entity < 0) continue;
      let counts = out.get(m.entity);
      if (!counts) out.set(m.entity, (counts = { posting: new Map(), nationality: new Map() }));
      for (const { p, country, posting } of places) {
        if (posting) bump(counts.posting, country);
        // "Chile's former senator, Rojas": the title may be set off by a comma.
        else if (p.end <= m.start && m.start - p.end < 60 && nationalityBefore(text.slice(p.end, m.start), demonymAt(p, text, lex), lex)) bump(counts.nationality, country);
        // "Shekari, an Iranian protester", "vice premier Choe of North Korea": after the name.
        else if (m.end <= p.start && p.start - m.end < 40 && (demonymAt(p, text, lex) ? APPOSED.test(text.slice(m.end, p.start)) : OF_COUNTRY.test(text.slice(m.end, p.start)))) bump(counts.nationality, country);
      }
    }
  }
  return out;
}

const BEFORE_NAME = /^(?:['’]s?)?\s+(?:[\p{L}'’-]+\s+){0,5}(?:[\p{L}'’-]+,\s+)?$/u;
const NAME_MODIFIERS = new Set(["former", "then", "late", "ex", "acting", "deputy", "vice", "new", "deposed", "ousted", "exiled", "jailed"]);

/**
 * "Peru's former trade minister Rojas", "Peruvian senator Rojas", "Peru
 * trade minister Rojas": the words between a place and a name tie them when
 * the place is a possessor or a nationality, or when they are a post.
 * ("Peru granted asylum to Rojas" does not.)
 */
function nationalityBefore(between: string, demonym: boolean, lex: Lexicon): boolean {
  if (!BEFORE_NAME.test(between)) return false;
  if (demonym || /^['’]/.test(between)) return true;
  const words = between.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const post = (w: string) => lex.titles.has(w) || lex.personNouns.has(w);
  // "trade" in "Peru trade minister": a plain word may qualify the post, but no verb may stand between.
  const qualifier = (w: string) => NAME_MODIFIERS.has(w) || (lex.englishWords.has(w) && !lex.speechVerbs.has(w) && !lex.personVerbs.has(w));
  return words.some(post) && words.every((w) => post(w) || qualifier(w));
}

const APPOSED = /^,\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
const OF_COUNTRY = /^\s+of\s+(?:the\s+)?$/;
const demonymAt = (p: NameMention, text: string, lex: Lexicon) => lex.places.get(text.slice(p.start, p.end).toLowerCase())?.kind === "demonym";

const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

/** Where the person served, if the article says. */
export const postingCountry = (counts: PersonCountries | undefined): string | undefined => (counts ? top(counts.posting) : undefined);

/** Where the person's post was (the event's place when its sentence names none); else their nationality. */
export function personCountry(counts: PersonCountries | undefined): string | undefined {
  if (!counts) return undefined;
  return top(counts.posting) ?? top(counts.nationality);
}
