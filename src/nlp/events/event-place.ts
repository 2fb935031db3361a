import type { NameMention } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import type { Lexicon } from "../lexicon.js";

// "defected to South Korea", "arrived in Seoul", "fled to Britain": where the person went, not where it happened.
const DESTINATION = /\b(?:to|into|reached|reach|arrived in|arrive in|entered|resettled in|relocated to|settled in|in (?=Seoul\b))\s+(?:the\s+)?$/i;

export function countryOf(m: NameMention, lex: Lexicon): string | undefined {
  return m.place ? lex.places.get(m.place.toLowerCase())?.country ?? m.place : undefined;
}

/** The country of the place named nearest the trigger in the sentence; for a defection, not its destination. */
export function placeNear(text: string, sentence: Span, trigger: Span, places: NameMention[], type: string, lex: Lexicon): string | undefined {
  const inside = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const usable = inside.filter((p) => type !== "defection" || !DESTINATION.test(text.slice(Math.max(sentence.start, p.start - 20), p.start)));
  const distance = (p: Span) => (p.start >= trigger.end ? p.start - trigger.end : trigger.start - p.end);
  const best = usable.sort((a, b) => distance(a) - distance(b))[0];
  return best ? countryOf(best, lex) : undefined;
}
