import type { DateMention, PartialDate } from "../../text/doc.js";
import type { Span } from "../../text/span.js";

const DISCLOSURE = /\b(?:made public|make public|announced|revealed|disclosed|came to light|become public|became public|been reported|was reported|were reported|confirmed|stated|told (?:reporters|lawmakers|parliament))\b/i;
// "The ministry said on Friday that …": the day of the statement, not of the event.
const STATEMENT = /\b(?:said|says|told|added|announced|reported|stated|claimed|confirmed|declared|disclosed|revealed)\s+(?:late\s+|early\s+|on\s+|in\s+|last\s+|this\s+)*$/i;

/** True when the date is the date of a disclosure ("disclosed on March 3", "announced in May 2011"). */
export function isDisclosureDate(text: string, sentence: Span, date: DateMention): boolean {
  const before = text.slice(Math.max(sentence.start, date.start - 45), date.start);
  return DISCLOSURE.test(before) && /\b(?:on|in|until|since|last|this)?\s*$/i.test(before);
}

/** True when the date is that of a statement about the event ("told reporters on Friday that …"). */
export const isStatementDate = (text: string, sentence: Span, d: DateMention): boolean => STATEMENT.test(text.slice(Math.max(sentence.start, d.start - 30), d.start));

/** The disclosure date in a sentence, if it states one. */
export function disclosureIn(text: string, sentence: Span, dates: DateMention[]): PartialDate | undefined {
  return dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && isDisclosureDate(text, sentence, d))?.value;
}
