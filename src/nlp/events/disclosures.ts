import type { DateMention, EventMention } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import { disclosureIn } from "./event-date.js";
import type { ParticipantFinder } from "./participants.js";

/**
 * "His presence in Seoul was only made public on July 16 of this year": a
 * sentence that dates a disclosure without naming the event gives that date
 * to the nearest earlier event of the person it is about.
 */
export function attachDisclosures(
  text: string,
  sentences: Span[],
  datesBy: Map<number, DateMention[]>,
  events: EventMention[],
  finder: ParticipantFinder,
): void {
  const withEvents = new Set(events.map((e) => e.evidence.start));
  for (const [si, dates] of datesBy) {
    const sentence = sentences[si];
    if (withEvents.has(sentence.start)) continue;
    const disclosed = disclosureIn(text, sentence, dates);
    if (!disclosed) continue;
    const person = finder.sentenceSubject(si);
    if (person === undefined) continue;
    const own = events.filter((e) => e.person === person && !e.disclosed && e.evidence.start < sentence.start);
    const target = own.at(-1);
    if (target && (!target.when || target.when <= disclosed)) target.disclosed = disclosed;
  }
}
