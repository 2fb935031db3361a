import type { DateMention } from "../../text/doc.js";
import { daysInMonth, formatMonth, formatYear, formatYmd, fromDays, shiftMonth, toDays } from "./calendar.js";
import type { Candidate } from "./candidate.js";
import { pastYearOfMonth, type Reference } from "./reference.js";

/**
 * Gives "that year" and "two years later" the year of the closest date
 * before them that the text writes out (or that was itself anaphoric, so
 * that "in 1984 … two years later … the following year" chains), and
 * drops those with none. Dates read from the reference are not anchors:
 * "In 2016 … last week … that year" means 2016.
 */
export function resolveAnaphora(sorted: Candidate[], text = "", ref?: Reference): DateMention[] {
  const out: DateMention[] = [];
  let anchor: number | undefined;
  let anchorValue: string | undefined;
  let anchorEnd = 0;
  // The year a paragraph is set in: of the last date written out to the month or day ("On 6 October 1976").
  let frame: number | undefined;
  let frameEnd = 0;
  // The month it is set in, for a day written alone: "On 5 September 1960 … on the 14th".
  let monthFrame: string | undefined;
  for (const c of sorted) {
    if (c.anaphor?.unit) {
      // "two days later", "a month earlier", "the following week": from the closest date written out in the paragraph.
      const value = anchorValue !== undefined && !text.slice(anchorEnd, c.start).includes("\n\n") ? shiftDate(anchorValue, c.anaphor.shift, c.anaphor.unit) : undefined;
      if (value) { out.push(mention(c, value)); anchorValue = value; anchorEnd = c.end; }
      continue;
    }
    if (c.anaphor) {
      // The antecedent of "that year" stands in the same paragraph.
      if (anchor === undefined || text.slice(anchorEnd, c.start).includes("\n\n")) {
        const month = withoutAntecedent(c, ref);
        if (month) out.push(mention(c, month));
        anchor = undefined;
        continue;
      }
      anchor += c.anaphor.shift;
      anchorEnd = c.end;
      out.push(mention(c, formatYear(anchor) + c.anaphor.suffix));
    } else if (c.value !== undefined) {
      if (!c.relative) { anchor = Number((c.until ?? c.value).slice(0, 4)); anchorValue = c.value; anchorEnd = c.end; }
      if (!c.relative && c.value.length >= 7) { frame = Number(c.value.slice(0, 4)); frameEnd = c.end; monthFrame = c.value.slice(0, 7); }
      if (c.ordinal && monthFrame && !text.slice(frameEnd, c.start).includes("\n\n")) {
        const day = Number(c.ordinal.slice(1));
        const [y, m] = monthFrame.split("-").map(Number);
        if (day <= daysInMonth(y, m)) { out.push(mention(c, monthFrame + c.ordinal)); continue; }
      }
      // "On 6 October 1976, … On 9 September …": a month or day without a year takes the paragraph's earlier year.
      const framed = c.bare && frame !== undefined && frame < Number(c.value.slice(0, 4)) && !text.slice(frameEnd, c.start).includes("\n\n");
      out.push(mention(c, framed ? formatYear(frame!) + c.bare : c.value));
    }
  }
  return out;
}

/**
 * "In early March of that year" with no year before it in the paragraph:
 * read as a bare month, the last November before the publication date.
 */
function withoutAntecedent(c: Candidate, ref?: Reference): string | undefined {
  const month = Number(c.anaphor!.suffix.slice(1, 3));
  if (!ref || c.anaphor!.shift !== 0 || !month) return undefined;
  const year = pastYearOfMonth(ref, month);
  return year === undefined ? undefined : formatYear(year) + c.anaphor!.suffix;
}

/** "2014-03-05" two days later -> "2014-03-07"; a month later from "2014-03" -> "2014-04"; days from a month -> undefined. */
function shiftDate(value: string, n: number, unit: "day" | "week" | "month"): string | undefined {
  const [y, m, d] = value.split("-").map(Number);
  if (unit === "month") {
    if (!m) return undefined;
    const t = shiftMonth(y, m, n);
    return formatMonth(t.y, t.m);
  }
  if (!d) return undefined;
  return formatYmd(fromDays(toDays(y, m, d) + n * (unit === "week" ? 7 : 1)));
}

function mention(c: Candidate, value: string): DateMention {
  const m: DateMention = { start: c.start, end: c.end, value, relative: c.relative };
  if (c.until !== undefined) m.until = c.until;
  return m;
}
