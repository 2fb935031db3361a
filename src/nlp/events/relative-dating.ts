import type { EventMention } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import { EventsBy } from "./event-index.js";

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
};
// "… followed two weeks after she was … detained": the offset before the clause that holds the trigger.
const OFFSET = /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+(after|before)\b[^.;]*$/i;

/** An event dated by its distance from another event of the sentence ("The hanging of Pak followed two weeks after he was detained"). */
export interface RelativeDating {
  event: EventMention;
  anchorType: string;
  days: number;
  unit: "day" | "week" | "month" | "year";
}

/** Finds the offset phrase before a trigger and the event noun the sentence opens with. */
export function relativeOffset(text: string, sentence: Span, trigger: Span, openingType: string | undefined): Omit<RelativeDating, "event"> | undefined {
  if (!openingType) return undefined;
  const m = text.slice(sentence.start, trigger.start).match(OFFSET);
  if (!m) return undefined;
  const n = Number(m[1]) || NUMBERS[m[1].toLowerCase()];
  const unit = m[2].toLowerCase() as RelativeDating["unit"];
  // "four days after X": X came four days before the anchor.
  const sign = m[3].toLowerCase() === "after" ? -1 : 1;
  return { anchorType: openingType, days: sign * n, unit };
}

function shift(date: string, n: number, unit: RelativeDating["unit"]): string | undefined {
  const [y, mo, d] = date.split("-").map(Number);
  if (unit === "year") return [String(y + n), ...date.split("-").slice(1)].join("-");
  if (unit === "month" && mo) { const t = new Date(Date.UTC(y, mo - 1 + n, 1)); return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, "0")}${d ? `-${String(d).padStart(2, "0")}` : ""}`; }
  if (!d) return undefined;
  const t = new Date(Date.UTC(y, mo - 1, d + n * (unit === "week" ? 7 : 1)));
  return t.toISOString().slice(0, 10);
}

// "Thirty years after he was jailed, Pak is free": an offset from now, when the sentence speaks in the present.
const SINCE_NOW = /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)\s+(day|week|month|year)s?\s+after\s+(?:[^.;,]{0,60}?)$/i;
const PRESENT = /\b(?:is|are|has|have|remains|marks|returns|lives|says|seeks)\b/i;

/** The date an offset from the present gives ("22 years after he was ousted", in a text published in 2011: 1989), or undefined. */
export function offsetFromNow(text: string, sentence: Span, trigger: Span, published: string | undefined): string | undefined {
  if (!published) return undefined;
  const m = text.slice(sentence.start, trigger.start).match(SINCE_NOW);
  if (!m || !PRESENT.test(text.slice(sentence.start, sentence.end).replace(m[0], ""))) return undefined;
  const n = Number(m[1]) || NUMBERS[m[1].toLowerCase()];
  const unit = m[2].toLowerCase() as RelativeDating["unit"];
  const precision = unit === "year" ? 4 : unit === "month" ? 7 : 10;
  if (published.length < precision) return undefined;
  return shift(published.slice(0, precision), -n, unit);
}

/** Dates each relatively dated event from the same person's stated event of the anchor type. */
export function applyRelativeDatings(events: EventMention[], datings: RelativeDating[]): void {
  if (!datings.length) return;
  const byKey = new EventsBy(events, (e) => `${e.type} ${e.person}`);
  for (const r of datings) {
    if (r.event.when) continue;
    const anchor = byKey.get(`${r.anchorType} ${r.event.person}`).find((e) => e.when);
    const when = anchor?.when ? shift(anchor.when, r.days, r.unit) : undefined;
    if (when) r.event.when = when;
  }
}
