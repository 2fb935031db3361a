import { matchAt, type Context, type Candidate } from "./candidate.js";
import { resolveDayOfMonth } from "./day-of-month.js";
import { DAY, WEEKDAY, YEAR } from "./lexicon.js";

// "17 August", "Monday 13 November", "the 17th of August"
const DAY_BEFORE = new RegExp(`(?<=((?:\\b${WEEKDAY},?\\s+)?(?<![\\w,.$£€])(${DAY})(?:\\s+of)?\\s+))`, "y");
// "… 2016", "…, 2021", "… of this year"
const YEAR_AFTER = new RegExp(`,?\\s+(${YEAR})\\b|\\s+of\\s+(this|last|that)\\s+year\\b`, "y");

/** A day-first date, at the month name found between `start` and `end`. */
export function dayMonthAt(ctx: Context, month: number, start: number, end: number): Candidate | undefined {
  const d = matchAt(DAY_BEFORE, ctx.text, start);
  if (!d) return undefined;
  const y = matchAt(YEAR_AFTER, ctx.text, end);
  const resolved = resolveDayOfMonth(ctx.ref, month, parseInt(d[2], 10), y?.[1], y?.[2]);
  if (!resolved) return undefined;
  return { start: start - d[1].length, end: end + (y ? y[0].length : 0), ...resolved };
}
