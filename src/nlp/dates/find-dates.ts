import type { DateMention, PartialDate } from "../../text/doc.js";
import { agoDates } from "./ago-dates.js";
import { anaphoraDates } from "./anaphora-dates.js";
import type { Candidate, Context, Family } from "./candidate.js";
import { joinRanges } from "./join-ranges.js";
import { monthDates } from "./month-dates.js";
import { numericDates } from "./numeric-dates.js";
import { periodDates } from "./period-dates.js";
import { parseReference } from "./reference.js";
import { relativeDates } from "./relative-dates.js";
import { resolveAnaphora } from "./resolve-anaphora.js";
import { selectLongest } from "./select-longest.js";
import { weekdayDates } from "./weekday-dates.js";
import { yearDates } from "./year-dates.js";

/**
 * Each family scans the text once for a cheap anchor (a month name, a
 * weekday, "ago", "year") and reads the words around each hit.
 */
const FAMILIES: Family[] = [
  numericDates, monthDates, periodDates, yearDates, weekdayDates, relativeDates, agoDates, anaphoraDates,
];

/**
 * Every date expression in `text`, sorted and not overlapping (the longest
 * wins), each at the precision the text gives. `reference` (the date of
 * publication) resolves "last November", "Wednesday" or "a month ago";
 * without it those are left out. "that year" and "two years later" are
 * read from the closest earlier date the text writes out, reference or not.
 * Spans leave out words that only place the date in the sentence ("in",
 * "on", "the") and keep those that change it ("last", "late", "from").
 */
export function findDates(text: string, reference?: PartialDate): DateMention[] {
  const ctx: Context = { text, ref: parseReference(reference) };
  const candidates: Candidate[] = [];
  for (const family of FAMILIES) family(ctx, candidates);
  return joinRanges(text, resolveAnaphora(selectLongest(candidates), text, ctx.ref));
}
