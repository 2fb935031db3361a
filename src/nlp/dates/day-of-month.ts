import { daysInMonth, formatDay } from "./calendar.js";
import type { Resolved } from "./candidate.js";
import { pastYearOfDay, type Reference } from "./reference.js";

/**
 * A day of a month, with the year the text gives ("2016"), a year word
 * ("this" in "July 16 of this year", "that"), or none: then the reference
 * year, moved back a year if the day would come after the reference.
 */
export function resolveDayOfMonth(
  ref: Reference | undefined, month: number, day: number, year?: string, yearWord?: string,
): Resolved | undefined {
  if (month === 0) return undefined;
  if (year) {
    const y = Number(year);
    return day <= daysInMonth(y, month) ? { value: formatDay(y, month, day), relative: false } : undefined;
  }
  if (day > daysInMonth(2000, month)) return undefined; // 2000 is a leap year: February 29 stays possible
  const word = yearWord?.toLowerCase();
  if (word === "that") return { relative: true, anaphor: { shift: 0, suffix: formatDay(0, month, day).slice(4) } };
  if (!ref) return undefined;
  const y = word === "this" ? ref.y : word === "last" ? ref.y - 1 : pastYearOfDay(ref, month, day);
  if (y === undefined) return undefined;
  return { value: formatDay(y, month, day), relative: true, ...(word ? {} : { bare: formatDay(0, month, day).slice(4) }) };
}
