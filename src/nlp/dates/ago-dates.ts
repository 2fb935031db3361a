import type { PartialDate } from "../../text/doc.js";
import { formatYear, fromDays, sharedDate, shiftMonth, toDays } from "./calendar.js";
import { eachMatch, matchAt, type Context, type Candidate } from "./candidate.js";
import { COUNT, countRange } from "./lexicon.js";
import { referenceDay, type Reference } from "./reference.js";

// "a month ago", "two years ago", "several weeks ago", "13 years ago"
const AGO = /\bago\b/g;
const THIS_MONTH_OR_DAY = /^\s+(this month|today)\b/i;
const COUNT_BEFORE = new RegExp(`(?<=(\\b(${COUNT})\\s+(day|week|month|year|decade)s?\\s+))`, "iy");

/**
 * Time counted back from the reference. A vague count ("several weeks")
 * is a window, and the date is what the whole window shares: a month, a
 * year, or nothing.
 */
export function agoDates(ctx: Context, out: Candidate[]): void {
  const ref = ctx.ref;
  if (!ref) return;
  eachMatch(AGO, ctx.text, (m) => {
    const before = matchAt(COUNT_BEFORE, ctx.text, m.index);
    const count = before && countRange(before[2]);
    const value = count && agoValue(ref, before[3].toLowerCase(), count);
    if (!value) return;
    // "fifty years ago this month", "a year ago today": the years back, at the month or the day of the reference.
    const same = ref.m !== undefined && value.length === 4 ? ctx.text.slice(m.index + m[0].length).match(THIS_MONTH_OR_DAY) : null;
    const day = same?.[1].toLowerCase() === "today" ? referenceDay(ref)?.d : undefined;
    const exact = same ? `${value}-${String(ref.m).padStart(2, "0")}${day ? `-${String(day).padStart(2, "0")}` : ""}` : value;
    out.push({ start: m.index - before[1].length, end: m.index + m[0].length + (same?.[0].length ?? 0), value: exact, relative: true });
  });
}

function agoValue(ref: Reference, unit: string, [few, many]: [number, number]): PartialDate | undefined {
  if (unit === "year" || unit === "decade") {
    const size = unit === "decade" ? 10 : 1;
    return few === many ? formatYear(ref.y - few * size) : undefined;
  }
  if (unit === "month") {
    if (ref.m === undefined) return undefined;
    const early = shiftMonth(ref.y, ref.m, -many);
    const late = shiftMonth(ref.y, ref.m, -few);
    return sharedDate({ ...early, d: 1 }, { ...late, d: 1 }, "month");
  }
  const day = referenceDay(ref);
  if (!day) return undefined;
  const today = toDays(day.y, day.m, day.d);
  // "two weeks ago" is about a fortnight back, give or take half a week: a month at best.
  const [back, slack, finest] = unit === "week" ? [7, 3, "month" as const] : [1, 0, "day" as const];
  return sharedDate(fromDays(today - many * back - slack), fromDays(today - few * back + slack), finest);
}
