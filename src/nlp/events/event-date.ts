import type { DateMention, PartialDate } from "../../text/doc.js";
import type { Span } from "../../text/span.js";

const DISCLOSURE = /\b(?:made public|make public|announced|revealed|disclosed|came to light|become public|became public|been reported|was reported|were reported|confirmed|stated|told (?:reporters|lawmakers|parliament))\b/i;
// "The United Arab Emirates said on Wednesday that …": the day of the statement, not of the event.
const STATEMENT = /\b(?:said|says|told|added|announced|reported|stated|claimed|confirmed|declared|disclosed|revealed)\s+(?:late\s+|early\s+|on\s+|in\s+|last\s+|this\s+)*$/i;

/** True when the date is the date of a disclosure ("made public on July 16", "stated in October 2020"). */
export function isDisclosureDate(text: string, sentence: Span, date: DateMention): boolean {
  const before = text.slice(Math.max(sentence.start, date.start - 45), date.start);
  return DISCLOSURE.test(before) && /\b(?:on|in|until|since|last|this)?\s*$/i.test(before);
}

const isStatementDate = (text: string, sentence: Span, d: DateMention) => STATEMENT.test(text.slice(Math.max(sentence.start, d.start - 30), d.start));

/**
 * A date before the trigger counts when nothing but words separate them, or
 * when it opens the sentence ("In November 2018, Jo … disappeared"); not when
 * it belongs to an earlier clause ("… in 2012 and was ousted a year later …,
 * collapsed in court and died").
 */
function sameClauseBefore(text: string, sentence: Span, d: DateMention, trigger: Span): boolean {
  if (!/[,;:()]/.test(text.slice(d.end, trigger.start))) return true;
  return text.slice(sentence.start, d.start).split(/\s+/).filter(Boolean).length <= 3;
}

/** "… made public in press interviews because Kim was unhappy … in February 2019": a date past a new clause is not this event's. */
function sameClauseAfter(text: string, d: DateMention, trigger: Span): boolean {
  const gap = text.slice(trigger.end, d.start);
  // "appointed vice minister … when he returned to Pyongyang in 2013" still dates the appointment.
  return gap.length < 100 && !/[;:—]|\b(?:because|although|though|while|whereas|but|after|before|until|which|who)\b/.test(gap);
}

/** The date mention in the sentence nearest to the trigger, skipping dates of disclosures and of statements. */
export function dateNear(text: string, sentence: Span, trigger: Span, dates: DateMention[]): DateMention | undefined {
  const inside = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && !isDisclosureDate(text, sentence, d) && !isStatementDate(text, sentence, d));
  const usable = inside.filter((d) => (d.start >= trigger.end ? sameClauseAfter(text, d, trigger) : sameClauseBefore(text, sentence, d, trigger)));
  const distance = (d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : (trigger.start - d.end) * 1.5);
  return usable.sort((a, b) => distance(a) - distance(b))[0];
}

/** The disclosure date in a sentence, if it states one. */
export function disclosureIn(text: string, sentence: Span, dates: DateMention[]): PartialDate | undefined {
  return dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && isDisclosureDate(text, sentence, d))?.value;
}
