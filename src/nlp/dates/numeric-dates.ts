import { daysInMonth, formatDay, formatYear } from "./calendar.js";
import { eachMatch, type Context, type Candidate } from "./candidate.js";
import { YEAR } from "./lexicon.js";

const ALONE_BEFORE = "(?<![\\w.\\/-])";
const ALONE_AFTER = "(?!\\w|[-/.]\\d)";

// "2016-08-17", "2020/1/19", "17.08.2016", "8/17/2016"
const NUMERIC_DAY = new RegExp(
  `${ALONE_BEFORE}(?:(${YEAR})([-/.])(\\d\\d?)\\2(\\d\\d?)|(\\d\\d?)([/.])(\\d\\d?)\\6(${YEAR}))${ALONE_AFTER}`,
  "g",
);
// "2016-2019", "2016–2019", "the 1950-53 Korean War"
const YEAR_SPAN = new RegExp(`${ALONE_BEFORE}(${YEAR}) ?[-–—] ?((?:19|20)?\\d\\d)${ALONE_AFTER}`, "g");

/** Dates written in digits, and spans of years joined by a dash. */
export function numericDates(ctx: Context, out: Candidate[]): void {
  eachMatch(NUMERIC_DAY, ctx.text, (m) => {
    const value = m[1] ? dayValue(+m[1], +m[3], +m[4]) : dayFirstOrMonthFirst(+m[5], +m[7], +m[8], m[6]);
    if (value) out.push({ start: m.index, end: m.index + m[0].length, value, relative: false });
  });
  eachMatch(YEAR_SPAN, ctx.text, (m) => {
    const from = Number(m[1]);
    const until = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (until <= from || until - from > 100) return;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, value: formatYear(from), until: formatYear(until), relative: false });
  });
}

const dayValue = (y: number, m: number, d: number): string | undefined =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? formatDay(y, m, d) : undefined;

/**
 * "17.08.2016" is day-first; "8/17/2016" can only be month-first; "3/4/2016"
 * could be either, so only its year is certain.
 */
function dayFirstOrMonthFirst(a: number, b: number, y: number, separator: string): string | undefined {
  if (separator === ".") return dayValue(y, b, a);
  if (a > 12) return dayValue(y, b, a);
  if (b > 12) return dayValue(y, a, b);
  return a >= 1 && b >= 1 ? formatYear(y) : undefined;
}
