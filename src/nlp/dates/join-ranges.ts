import type { DateMention } from "../../text/doc.js";

/** What may stand between the two ends of a range: "2016 to 2019", "March – May". */
const LINK = /^\s*(?:-|–|—|to|through|until|till|and)\s*$/i;
/** What may open one: "from 2016 …", "between 2009 …". */
const OPENER = /\b(from|between)\s+$/i;

/**
 * Joins two neighbouring dates into a range when the words between them
 * make one: "from 2016 to 2019", "between 2009 and 2017" (value the first,
 * until the last). "in 2000 and 2004" stays two dates.
 */
export function joinRanges(text: string, sorted: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const range = i + 1 < sorted.length ? rangeOf(text, sorted[i], sorted[i + 1]) : undefined;
    if (range) i++;
    out.push(range ?? sorted[i]);
  }
  return out;
}

function rangeOf(text: string, a: DateMention, b: DateMention): DateMention | undefined {
  if (a.until !== undefined || b.until !== undefined || b.start - a.end > 12) return undefined;
  const link = text.slice(a.end, b.start);
  if (!LINK.test(link) || !(a.value < b.value)) return undefined;
  const opener = OPENER.exec(text.slice(Math.max(0, a.start - 10), a.start));
  if (/and/i.test(link) && opener?.[1].toLowerCase() !== "between") return undefined;
  const start = opener ? a.start - opener[0].length : a.start;
  return { start, end: b.end, value: a.value, until: b.value, relative: a.relative || b.relative };
}
