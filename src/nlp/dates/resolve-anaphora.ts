import type { DateMention } from "../../text/doc.js";
import { formatYear } from "./calendar.js";
import type { Candidate } from "./candidate.js";

/**
 * Gives "that year" and "two years later" the year of the closest date
 * before them that the text writes out (or that was itself anaphoric, so
 * that "in 1984 … two years later … the following year" chains), and
 * drops those with none. Dates read from the reference are not anchors:
 * "In 2016 … last week … that year" means 2016.
 */
export function resolveAnaphora(sorted: Candidate[]): DateMention[] {
  const out: DateMention[] = [];
  let anchor: number | undefined;
  for (const c of sorted) {
    if (c.anaphor) {
      if (anchor === undefined) continue;
      anchor += c.anaphor.shift;
      out.push(mention(c, formatYear(anchor) + c.anaphor.suffix));
    } else if (c.value !== undefined) {
      if (!c.relative) anchor = Number((c.until ?? c.value).slice(0, 4));
      out.push(mention(c, c.value));
    }
  }
  return out;
}

function mention(c: Candidate, value: string): DateMention {
  const m: DateMention = { start: c.start, end: c.end, value, relative: c.relative };
  if (c.until !== undefined) m.until = c.until;
  return m;
}
