import type { DateMention, EventMention } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import { disclosureIn } from "./event-date.js";
import { EventsBy } from "./event-index.js";

/**
 * "News of her flight reached the public in March": a sentence that
 * dates a disclosure without naming the event gives that date to the
 * nearest earlier event of the person it is about.
 */
export function attachDisclosures(
  text: string,
  sentences: Span[],
  datesBy: DateMention[][],
  events: EventMention[],
  subjectOf: (sentence: number) => number | undefined,
): void {
  const withEvents = new Set(events.map((e) => e.evidence.start));
  const byPerson = new EventsBy(events, (e) => (e.person === undefined ? undefined : String(e.person)));
  datesBy.forEach((dates, si) => {
    const sentence = sentences[si];
    if (!dates.length || withEvents.has(sentence.start)) return;
    const disclosed = disclosureIn(text, sentence, dates);
    if (!disclosed) return;
    const person = subjectOf(si);
    if (person === undefined) return;
    const target = byPerson.before(String(person), sentence.start).filter((e) => !e.disclosed).at(-1);
    if (target && (!target.when || target.when <= disclosed)) target.disclosed = disclosed;
  });
}
