/** Dates as whole days since 1970-01-01 (UTC), and back to ISO strings. */

const DAY_MS = 86_400_000;

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export const dayOf = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS;

export interface CalendarDate { year: number; month: number; day: number; weekday: number }

export function calendar(day: number): CalendarDate {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** "2016-08-17". */
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
