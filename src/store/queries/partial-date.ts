/**
 * Dates in the knowledge base are ISO prefixes at the precision the text gave
 * them: "2019", "2019-09", "2019-09-04". These helpers compare and pick them
 * without inventing precision.
 */

const ISO_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

/** The ISO prefix at the start of a stored date, or null ("2019-09-04T10:00" -> "2019-09-04"). */
export const cleanDate = (d: string | null | undefined): string | null => (d ? (ISO_PREFIX.exec(d)?.[0] ?? null) : null);

/** 1 for a year, 2 for a month, 3 for a day. */
export const precisionOf = (d: string): number => d.split("-").length;

/** "2019" and "2019-09-04" agree; "2019-08" and "2019-09-04" do not. */
export const datesAgree = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

/** The first day of the period, as UTC milliseconds ("2019-09" -> 1 September 2019). */
export function firstDay(d: string): number {
  const [y, m = 1, day = 1] = d.split("-").map(Number);
  return Date.UTC(y, m - 1, day);
}

/**
 * The date the sources agree on, at the best precision they give: the date
 * most others agree with, then the most precise, then the earliest. Sources
 * that do not date the fact (null) have no say; with none dated it is null.
 */
export function pickDate(dates: (string | null)[]): string | null {
  const values = dates.map(cleanDate).filter((d): d is string => d !== null);
  if (!values.length) return null;
  const support = (v: string): number => values.filter((w) => datesAgree(v, w)).length;
  const ranked = [...new Set(values)].sort((a, b) => support(b) - support(a) || precisionOf(b) - precisionOf(a) || a.localeCompare(b));
  return ranked[0];
}

/** The earliest of some dates (by first day; the more precise on a tie), or null. */
export function earliestDate(dates: (string | null | undefined)[]): string | null {
  const clean = dates.map(cleanDate).filter((d): d is string => d !== null);
  clean.sort((a, b) => firstDay(a) - firstDay(b) || precisionOf(b) - precisionOf(a));
  return clean[0] ?? null;
}

/**
 * Days from an event to its disclosure, counted from the first day of each
 * period; null unless both are known at least to the month.
 */
export function lagDays(occurred: string | null, disclosed: string | null): number | null {
  if (!occurred || !disclosed || precisionOf(occurred) < 2 || precisionOf(disclosed) < 2) return null;
  return Math.round((firstDay(disclosed) - firstDay(occurred)) / 86_400_000);
}

/** The median of some numbers, or null when there are none. */
export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
