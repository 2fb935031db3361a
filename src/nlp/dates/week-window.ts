import type { PartialDate } from "../../text/doc.js";
import { fromDays, sharedDate, toDays, weekdayOfDays } from "./calendar.js";
import { referenceDay, type Reference } from "./reference.js";

/**
 * A week named from the reference, at the precision it allows: the Monday to
 * Sunday week before the reference's ("last week" on Tuesday 2011-11-29 ->
 * Nov 21–27 -> "2011-11"), the reference's own up to the reference ("this
 * week"), or the seven days before it ("this past week"). A week that
 * straddles two months gives only its year.
 */
export function weekWindow(ref: Reference, shift: number | "past seven days"): PartialDate | undefined {
  const day = referenceDay(ref);
  if (!day) return undefined;
  const today = toDays(day.y, day.m, day.d);
  if (shift === "past seven days") return sharedDate(fromDays(today - 7), fromDays(today - 1), "month");
  const monday = today - ((weekdayOfDays(today) + 6) % 7) + 7 * shift;
  const last = shift === 0 ? today : monday + 6;
  const thursday = fromDays(monday + 3); // the week's year when it straddles two, as in ISO weeks
  return sharedDate(fromDays(monday), fromDays(last), "month") ?? sharedDate(thursday, thursday, "year");
}
