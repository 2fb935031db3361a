import { matchAt, type Context, type Candidate } from "./candidate.js";
import { resolveDayOfMonth } from "./day-of-month.js";
import { DAY, WEEKDAY, YEAR, cap } from "./lexicon.js";

// "August 17, 2016", "Aug. 17", "September 25th", "March 9 of this year"
const DAY_AFTER = new RegExp(
  `\\s+(${DAY})\\b(?![:.]\\d|,\\d{3})(?:(?:,\\s*|\\s+)(${YEAR})\\b|\\s+of\\s+(this|last|that)\\s+year\\b)?`,
  "y",
);
// "late Thursday, November 23", "TUESDAY, August 03, 2021"
const WEEKDAY_BEFORE = new RegExp(`(?<=(\\b(?:(?:${cap("early|late|later|overnight")})\\s+)?${WEEKDAY},?\\s+))`, "y");

/** A month-first date with a day, at the month name found between `start` and `end`. */
export function monthDayAt(ctx: Context, month: number, start: number, end: number): Candidate | undefined {
  const m = matchAt(DAY_AFTER, ctx.text, end);
  if (!m) return undefined;
  const resolved = resolveDayOfMonth(ctx.ref, month, parseInt(m[1], 10), m[2], m[3]);
  if (!resolved) return undefined;
  const weekday = matchAt(WEEKDAY_BEFORE, ctx.text, start);
  return { start: weekday ? start - weekday[1].length : start, end: end + m[0].length, ...resolved };
}
