import type { PartialDate } from "../../text/doc.js";

/** A calendar day; `m` is 1–12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01. */
export const toDays = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

export function fromDays(days: number): Ymd {
  const t = new Date(days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOfDays = (days: number): number => (((days + 4) % 7) + 7) % 7;

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Moves a month by `delta` months: (2021, 1, -2) -> 2020-11. */
export function shiftMonth(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

export const formatYear = (y: number): PartialDate => pad(y, 4);
export const formatMonth = (y: number, m: number): PartialDate => `${pad(y, 4)}-${pad(m, 2)}`;
export const formatDay = (y: number, m: number, d: number): PartialDate => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
export const formatYmd = (p: Ymd): PartialDate => formatDay(p.y, p.m, p.d);

/**
 * The finest date both ends of a window share: Aug 3–9 -> "2016-08",
 * Jul 28–Aug 3 -> "2016", Dec 29–Jan 4 -> undefined.
 */
export function sharedDate(a: Ymd, b: Ymd, finest: "day" | "month" | "year" = "day"): PartialDate | undefined {
  if (a.y !== b.y) return undefined;
  if (a.m !== b.m || finest === "year") return formatYear(a.y);
  if (a.d !== b.d || finest === "month") return formatMonth(a.y, a.m);
  return formatYmd(a);
}
