import type { PartialDate } from "../../text/doc.js";
import { formatYmd, fromDays, toDays, weekdayOfDays, type Ymd } from "./calendar.js";

/** The date a text was published, at the precision known: "last November" is read against it. */
export interface Reference {
  y: number;
  m?: number;
  d?: number;
}

export function parseReference(value?: PartialDate): Reference | undefined {
  const m = value ? /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(value) : null;
  if (!m) return undefined;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

/** The reference as a day, when it is known to the day. */
export const referenceDay = (ref: Reference): Ymd | undefined =>
  ref.m !== undefined && ref.d !== undefined ? { y: ref.y, m: ref.m, d: ref.d } : undefined;

/**
 * The year of a month named without one, read into the past: "in November"
 * on 2024-07-25 -> 2023; "in April" on 2016-08-17 -> 2016. `strict` excludes
 * the reference month itself ("last November" in November is a year back).
 */
export function pastYearOfMonth(ref: Reference, month: number, strict = false): number | undefined {
  if (ref.m === undefined) return undefined;
  return month < ref.m || (month === ref.m && !strict) ? ref.y : ref.y - 1;
}

/** "next March": the first such month after the reference month. */
export function futureYearOfMonth(ref: Reference, month: number): number | undefined {
  if (ref.m === undefined) return undefined;
  return month > ref.m ? ref.y : ref.y + 1;
}

/** "Thursday, November 23" on 2006-11-24 -> 2006; a day after the reference is last year's. */
export function pastYearOfDay(ref: Reference, month: number, day: number): number | undefined {
  if (ref.m === undefined) return undefined;
  if (month !== ref.m) return month < ref.m ? ref.y : ref.y - 1;
  return ref.d === undefined || day <= ref.d ? ref.y : ref.y - 1;
}

/**
 * Which way a weekday is read from the reference day: "past" includes the
 * day itself ("executed Thursday" on a Thursday), "before" does not ("last
 * Thursday"); "coming" includes it ("will fly on Wednesday"), "after" does
 * not ("next Monday").
 */
export type WeekdayDirection = "past" | "before" | "coming" | "after";

/** "Saturday" read into the past on Sunday 2017-11-05 -> "2017-11-04". */
export function weekdayDate(ref: Reference, weekday: number, direction: WeekdayDirection): PartialDate | undefined {
  const day = referenceDay(ref);
  if (!day) return undefined;
  const today = toDays(day.y, day.m, day.d);
  const back = (weekdayOfDays(today) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOfDays(today) + 7) % 7;
  const days = direction === "past" ? today - back
    : direction === "before" ? today - (back || 7)
    : direction === "coming" ? today + ahead
    : today + (ahead || 7);
  return formatYmd(fromDays(days));
}
