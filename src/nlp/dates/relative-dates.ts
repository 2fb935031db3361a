import { daysInMonth, formatDay, formatMonth, formatYear, formatYmd, fromDays, shiftMonth, toDays } from "./calendar.js";
import { eachMatch, matchAt, wordBefore, type Context, type Candidate } from "./candidate.js";
import { referenceDay, type Reference } from "./reference.js";
import { weekWindow } from "./week-window.js";

// "yesterday", "today", "tonight", "this morning", "last night"
const DAY_WORD =
  /\b(?:[Yy]esterday|YESTERDAY|[Tt]oday|TODAY|[Tt]onight|[Tt]his (?:morning|afternoon|evening)|[Ll]ast night)\b/g;
// "late yesterday", "the day before yesterday"
const DAY_MODIFIER_BEFORE = /(?<=(\b(early|late|later|earlier|the day before)\s+))/iy;
// "last month", "next week"
const UNIT = /\b(?:week|month|year)\b/g;
// "last month", "earlier this month", "late last year", "mid-last year", "the close of last year";
// not "his last year" or "over the last year"
const WHICH_BEFORE = new RegExp(
  "(?<=(\\b(?:(?:early|late|mid|earlier|later|end of|beginning of|start of|middle of)[\\s-]+)?" +
    "(?<!\\b(?:his|her|their|its|my|our|your|the|a|that)\\s+)\\b(this past|last|this|next)\\s+))",
  "iy",
);

/** Days, weeks, months and years named from the reference. */
export function relativeDates(ctx: Context, out: Candidate[]): void {
  if (!ctx.ref) return;
  dayWordDates(ctx.text, ctx.ref, out);
  periodWordDates(ctx.text, ctx.ref, out);
  seasonDates(ctx.text, ctx.ref, out);
  ordinalDayDates(ctx.text, ctx.ref, out);
}

// "on the 15th", "since the 3rd": a day of the reference's month, or of the month before when it is still to come.
// (Not "on the 15th floor", "the 15th of May", "the 15th century".)
const ORDINAL_DAY = /\b(?:on|since|until|by|from) the (\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:-|of\b|(?:century|centuries|anniversary|floor|birthday|round|minute|hour|place|amendment|day|time|year|week|month|parallel|district|division|army|corps|congress|session|plenum|meeting|edition|party|infantry|brigade|regiment|fleet|precinct|grade|straight|consecutive|annual)\b))/gu;

function ordinalDayDates(text: string, ref: Reference, out: Candidate[]): void {
  const today = referenceDay(ref);
  if (!today) return;
  eachMatch(ORDINAL_DAY, text, (m) => {
    const day = Number(m[1]);
    const { y, m: month } = day <= today.d ? { y: today.y, m: today.m } : shiftMonth(today.y, today.m, -1);
    if (day < 1 || day > daysInMonth(y, month)) return;
    const start = m.index + m[0].indexOf("the");
    out.push({ start, end: m.index + m[0].length, value: formatDay(y, month, day), relative: true, ordinal: `-${m[1].padStart(2, "0")}` });
  });
}

const DAYS_BACK: Record<string, number> = { yesterday: 1, "last night": 1 };

function dayWordDates(text: string, ref: Reference, out: Candidate[]): void {
  const day = referenceDay(ref);
  if (!day) return;
  const today = toDays(day.y, day.m, day.d);
  eachMatch(DAY_WORD, text, (m) => {
    // "USA Today", "Russia Today": a newspaper, not a date.
    if (m[0] === "Today" && /^[A-Z]/.test(wordBefore(text, m.index))) return;
    const before = matchAt(DAY_MODIFIER_BEFORE, text, m.index);
    const twoDays = before?.[2].toLowerCase() === "the day before"; // "the day before yesterday"
    const back = (DAYS_BACK[m[0].toLowerCase()] ?? 0) + (twoDays ? 1 : 0);
    const value = formatYmd(fromDays(today - back));
    out.push({ start: m.index - (before ? before[1].length : 0), end: m.index + m[0].length, value, relative: true });
  });
}

function periodWordDates(text: string, ref: Reference, out: Candidate[]): void {
  eachMatch(UNIT, text, (m) => {
    const before = matchAt(WHICH_BEFORE, text, m.index);
    const value = before && periodValue(ref, before[2].toLowerCase(), m[0]);
    if (value) out.push({ start: m.index - before[1].length, end: m.index + m[0].length, value, relative: true });
  });
}

// "last summer", "this spring", "next autumn" (winter straddles two years and is left alone)
const SEASON = /\b(?:spring|summer|autumn|fall)\b/gi;
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9 };

function seasonDates(text: string, ref: Reference, out: Candidate[]): void {
  if (ref.m === undefined) return;
  eachMatch(SEASON, text, (m) => {
    const before = matchAt(WHICH_BEFORE, text, m.index);
    if (!before) return;
    const value = seasonYear(ref.y, ref.m!, before[2].toLowerCase(), SEASON_START[m[0].toLowerCase()]);
    out.push({ start: m.index - before[1].length, end: m.index + m[0].length, value: formatYear(value), relative: true });
  });
}

/** The year of "last summer" in October 2020 (2020) or in July 2020 (2019): a season is past once its three months are. */
function seasonYear(y: number, month: number, which: string, start: number): number {
  if (which === "last" || which === "this past") return month > start + 2 ? y : y - 1;
  if (which === "next") return month < start ? y : y + 1;
  return y;
}

const SHIFT: Record<string, number> = { "this past": -1, last: -1, this: 0, next: 1 };

/** "last month" on 2016-08-17 -> "2016-07"; "last week" -> its month, or its year if it straddles two. */
function periodValue(ref: Reference, which: string, unit: string): string | undefined {
  const shift = SHIFT[which];
  if (unit === "year") return formatYear(ref.y + shift);
  if (unit === "month") {
    if (ref.m === undefined) return undefined;
    const p = shiftMonth(ref.y, ref.m, shift);
    return formatMonth(p.y, p.m);
  }
  return weekWindow(ref, which === "this past" ? "past seven days" : shift);
}
