import type { DateMention, PartialDate } from "../../text/doc.js";
import type { Span } from "../../text/span.js";

const DISCLOSURE = /\b(?:made public|make public|announced|revealed|disclosed|came to light|become public|became public|been reported|was reported|were reported|confirmed|stated|told (?:reporters|lawmakers|parliament))\b/i;

/** True when the date is the date of a disclosure ("made public on July 16", "stated in October 2020"). */
export function isDisclosureDate(text: string, sentence: Span, date: DateMention): boolean {
  const before = text.slice(Math.max(sentence.start, date.start - 45), date.start);
  return DISCLOSURE.test(before) && /\b(?:on|in|until|since|last|this)?\s*$/i.test(before);
}

/** The date mention in the sentence nearest to the trigger, skipping disclosure dates and the "from … to" of a tenure. */
export function dateNear(text: string, sentence: Span, trigger: Span, dates: DateMention[]): DateMention | undefined {
  const inside = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && !isDisclosureDate(text, sentence, d));
  const distance = (d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : (trigger.start - d.end) * 1.5);
  return inside.sort((a, b) => distance(a) - distance(b))[0];
}

/** The disclosure date in a sentence, if it states one. */
export function disclosureIn(text: string, sentence: Span, dates: DateMention[]): PartialDate | undefined {
  return dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && isDisclosureDate(text, sentence, d))?.value;
}
