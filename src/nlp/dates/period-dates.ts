import { formatMonth } from "./calendar.js";
import { eachMatch, matchAt, type Context, type Candidate } from "./candidate.js";
import { COUNT, YEAR, countRange } from "./lexicon.js";

// "the first nine months of 2012", "the first half of 2012", "the third quarter of last year"
const UNIT = /\b(half|quarter|months) of\s+/g;
const ORDINAL_BEFORE = new RegExp(`(?<=(\\b(first|second|third|fourth|last|final)\\s+(?:(${COUNT})\\s+)?))`, "iy");
const YEAR_AFTER = new RegExp(`(${YEAR})\\b|(this|last)\\s+year\\b`, "iy");

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** Parts of a year, as a range of months. */
export function periodDates(ctx: Context, out: Candidate[]): void {
  eachMatch(UNIT, ctx.text, (m) => {
    const before = matchAt(ORDINAL_BEFORE, ctx.text, m.index);
    const after = before && matchAt(YEAR_AFTER, ctx.text, m.index + m[0].length);
    if (!after) return;
    const months = monthsOf(before[2].toLowerCase(), m[1], before[3]);
    const shift = after[2]?.toLowerCase() === "last" ? -1 : 0;
    const year = after[1] ? Number(after[1]) : ctx.ref ? ctx.ref.y + shift : undefined;
    if (!months || year === undefined) return;
    out.push({
      start: m.index - before[1].length,
      end: m.index + m[0].length + after[0].length,
      value: formatMonth(year, months[0]),
      until: formatMonth(year, months[1]),
      relative: !after[1],
    });
  });
}

/** First and last month: ("first", "months", "six") -> [1, 6]; ("last", "quarter") -> [10, 12]. */
function monthsOf(which: string, unit: string, count: string | undefined): [number, number] | undefined {
  if ((unit === "months") !== (count !== undefined)) return undefined;
  const range = count ? countRange(count) : undefined;
  const size = unit === "half" ? 6 : unit === "quarter" ? 3 : range && range[0] === range[1] ? range[0] : 0;
  if (!size || size > 12) return undefined;
  const last = which === "last" || which === "final";
  if (count && !last && which !== "first") return undefined; // "the second six months" is not said
  const end = last ? 12 : ORDINAL[which] * size;
  return end > 12 ? undefined : [end - size + 1, end];
}
