import { eachMatch, matchAt, wordAfter, wordBefore, type Context, type Candidate } from "./candidate.js";
import { WEEKDAY, cap, weekdayNumber } from "./lexicon.js";
import { weekdayDate, type WeekdayDirection } from "./reference.js";

// "on Sunday", "Wednesday"
const WEEKDAY_RE = new RegExp(`\\b${WEEKDAY}`, "g");
const MODIFIER = cap(
  "last|this|next|early|late|later|earlier|overnight|before dawn|early hours of|morning of|evening of|night of",
);
// "late Sunday", "overnight Saturday", "last Thursday", "in the small hours of Friday"
const MODIFIER_BEFORE = new RegExp(`(?<=(\\b(${MODIFIER})\\s+))`, "y");
// "Wednesday night"
const PART_OF_DAY_AFTER = /\s+(?:morning|afternoon|evening|night)\b/y;
// "will travel to Lima on Friday", "is expected to land Thursday": the coming day;
// not "was due to speak on Monday".
const FUTURE_CUE =
  /(?:\b(?:is|are)\s+(?:also\s+)?(?:to|due|scheduled|slated|expected|set|likely|going)|\bplan(?:s|ning)?\s+to|\bwill|'ll)\b[^.!?\n]*$/i;

/** "Black Friday", "Bloody Sunday", "Easter Sunday": days with names of their own. */
const NAMED_DAY = new Set([
  "Ash", "Black", "Good", "Bloody", "Easter", "Palm", "Super", "Cyber", "Holy", "Shrove", "Maundy",
]);
/** "The Sunday Times", "Mail on Sunday": newspapers. */
const PAPER = new Set([
  "Times", "Telegraph", "Express", "Mirror", "Herald", "Post", "Mail", "Independent", "Star", "Tribune", "Observer",
  "Journal",
]);
const isName = (text: string, start: number, end: number): boolean =>
  NAMED_DAY.has(wordBefore(text, start)) || PAPER.has(wordAfter(text, end)) || text.endsWith("Mail on ", start);

/**
 * Weekdays, read into the past from the reference as news does ("was
 * executed Thursday"): the reference day itself counts, except for "last".
 * Earlier in the sentence, "will" or "expected" turns them to the future.
 */
export function weekdayDates(ctx: Context, out: Candidate[]): void {
  if (!ctx.ref) return;
  const ref = ctx.ref;
  eachMatch(WEEKDAY_RE, ctx.text, (m) => {
    if (isName(ctx.text, m.index, m.index + m[0].length)) return;
    const before = matchAt(MODIFIER_BEFORE, ctx.text, m.index);
    const start = m.index - (before ? before[1].length : 0);
    const way = direction(ctx.text, start, before?.[2].toLowerCase());
    const value = weekdayDate(ref, weekdayNumber(m[0]), way);
    if (!value) return;
    const after = matchAt(PART_OF_DAY_AFTER, ctx.text, m.index + m[0].length);
    out.push({ start, end: m.index + m[0].length + (after ? after[0].length : 0), value, relative: true });
  });
}

function direction(text: string, start: number, modifier: string | undefined): WeekdayDirection {
  if (modifier === "last") return "before";
  if (modifier === "next") return "after";
  return FUTURE_CUE.test(text.slice(Math.max(0, start - 80), start)) ? "coming" : "past";
}
