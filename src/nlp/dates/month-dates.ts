import { formatMonth } from "./calendar.js";
import { eachMatch, matchAt, wordBefore, type Context, type Candidate, type Resolved } from "./candidate.js";
import { dayMonthAt } from "./day-month-dates.js";
import { DAY, MONTH_ANY, YEAR, cap, isFullMonthName, monthNumber } from "./lexicon.js";
import { monthDayAt } from "./month-day-dates.js";
import { futureYearOfMonth, pastYearOfMonth, type Reference } from "./reference.js";

/** The anchor of every date with a month name. */
const MONTH_NAME = new RegExp(`\\b(${MONTH_ANY})`, "g");

const LEAD = cap("in|since|from|until|till|to|through|by|during|before|after|of|and|last|this past|this|next");
const MODIFIER = cap("early|late|mid|end of|beginning of|start of|middle of");
// "in late November", "mid-October", "last November", "the end of June"
const LEAD_BEFORE = new RegExp(`(?<=(?:\\b(${LEAD})(\\s+))?((?:\\b(${MODIFIER})[\\s-]+)?))`, "y");
// "December 2019", "June of 2014", "February of this year", "August last year", "November of that year"
const YEAR_AFTER = new RegExp(
  `,?\\s+(?:of\\s+)?(${YEAR})\\b|\\s+(?:of\\s+)?(this|last|next|that|the same|the following|the previous)\\s+year\\b`,
  "y",
);

// "March to May 2019", "between January and March 2013": the first month takes the year of the second
const RANGE_YEAR_AFTER = new RegExp(
  `\\s*(?:-|–|—|to|through|until|till|and)\\s*(${MONTH_ANY})(?:\\s+${DAY}\\b)?,?\\s+(${YEAR})\\b`,
  "y",
);

/** Leading words that belong to the date itself ("last November"), not to the sentence ("in November"). */
const IN_SPAN = new Set(["last", "this past", "this", "next"]);
/** Leading words too weak to make "May" a month: "Britain and May agreed". */
const WEAK = new Set(["and", "to", "of", "through", "till"]);

/** Dates with a month name: with a day either side of it, or the month alone. */
export function monthDates(ctx: Context, out: Candidate[]): void {
  eachMatch(MONTH_NAME, ctx.text, (m) => {
    const month = monthNumber(m[1]);
    const start = m.index;
    const end = start + m[1].length;
    const withDay = monthDayAt(ctx, month, start, end) ?? dayMonthAt(ctx, month, start, end);
    if (withDay) out.push(withDay);
    const alone = monthAt(ctx, m[1], month, start, end);
    if (alone) out.push(alone);
  });
}

/** A month at month precision, with its year given, named, or read into the past from the reference. */
function monthAt(ctx: Context, name: string, month: number, start: number, end: number): Candidate | undefined {
  const lead = matchAt(LEAD_BEFORE, ctx.text, start)!;
  const year = matchAt(YEAR_AFTER, ctx.text, end);
  if (!year) {
    const range = matchAt(RANGE_YEAR_AFTER, ctx.text, end);
    const last = range && monthNumber(range[1]);
    const y = last && Number(range[2]) - (month > last ? 1 : 0);
    if (y) return { start: start - lead[3].length, end, value: formatMonth(y, month), relative: false };
  }
  const leadWord = lead[1]?.toLowerCase();
  const resolved = resolveMonth(ctx, { name, month, start, leadWord, modifier: lead[4], year });
  if (!resolved) return undefined;
  const leadInSpan = leadWord && IN_SPAN.has(leadWord) ? lead[1].length + lead[2].length : 0;
  return { start: start - lead[3].length - leadInSpan, end: end + (year ? year[0].length : 0), ...resolved };
}

interface MonthWords {
  name: string;
  month: number;
  start: number;
  leadWord?: string;
  modifier?: string;
  year: RegExpExecArray | null;
}

function resolveMonth(ctx: Context, w: MonthWords): Resolved | undefined {
  if (w.year?.[1]) return { value: formatMonth(Number(w.year[1]), w.month), relative: false };
  const named = !w.leadWord && !w.modifier;
  // "Theresa May last year": a name.
  if (w.month === 5 && named && /^[A-Z]/.test(wordBefore(ctx.text, w.start))) return undefined;
  if (w.year) return inNamedYear(ctx.ref, w.month, w.year[2].toLowerCase());
  // A month name alone is too often a name or a verb: "June said", "March on".
  if (named || !isFullMonthName(w.name)) return undefined;
  if (w.month === 5 && !w.modifier && WEAK.has(w.leadWord!)) return undefined;
  if (!ctx.ref) return undefined;
  const y = w.leadWord === "this" ? ctx.ref.y
    : w.leadWord === "next" ? futureYearOfMonth(ctx.ref, w.month)
    : pastYearOfMonth(ctx.ref, w.month, w.leadWord === "last" || w.leadWord === "this past");
  if (y === undefined) return undefined;
  const bare = !w.leadWord || !IN_SPAN.has(w.leadWord);
  return { value: formatMonth(y, w.month), relative: true, ...(bare ? { bare: formatMonth(0, w.month).slice(4) } : {}) };
}

const ANAPHORIC_SHIFT: Record<string, number> = { that: 0, "the same": 0, "the following": 1, "the previous": -1 };
const REFERENCE_SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };

/** "February of this year", "August last year", "November of that year". */
function inNamedYear(ref: Reference | undefined, month: number, word: string): Resolved | undefined {
  if (word in ANAPHORIC_SHIFT) {
    return { relative: true, anaphor: { shift: ANAPHORIC_SHIFT[word], suffix: formatMonth(0, month).slice(4) } };
  }
  return ref ? { value: formatMonth(ref.y + REFERENCE_SHIFT[word], month), relative: true } : undefined;
}
