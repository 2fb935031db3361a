import type { DateMention } from "../../text/doc.js";
import type { Reference } from "./reference.js";

/**
 * A date expression one family of patterns found, before overlaps are
 * settled. Anaphoric ones ("that year", "two years later") carry `anaphor`
 * instead of a value: the year they shift comes from the closest preceding
 * date written out in the text.
 */
export interface Candidate extends Omit<DateMention, "value"> {
  value?: string;
  /**
   * Years shift the closest date's year (and take `suffix`, "-11" for "in
   * October of that year"); days, weeks and months shift the closest date
   * itself when it is precise enough ("two days later" needs a day).
   */
  anaphor?: { shift: number; suffix: string; unit?: "day" | "week" | "month" };
  /**
   * Set on a month or day written without a year ("on 9 September", "in
   * June"): its "-MM" or "-MM-DD". Read from the publication date unless the
   * paragraph is set in an earlier year ("In 1976, … On 9 September …").
   */
  bare?: string;
  /** Set on a day written alone ("on the 14th"): its "-DD", of the month the paragraph is set in, else of the publication's. */
  ordinal?: string;
}

/** What a pattern resolved to, before its span is known. */
export type Resolved = Omit<Candidate, "start" | "end">;

export interface Context {
  text: string;
  ref?: Reference;
}

/** One family of patterns: adds what it finds to `out`. */
export type Family = (ctx: Context, out: Candidate[]) => void;

/** Runs a global regular expression over the whole text once. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
}

const isLetter = (c: string): boolean => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");

/** The word that ends just before `index`, across white space only: "in 2019" -> "in". */
export function wordBefore(text: string, index: number): string {
  let end = index;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\n" || text[end - 1] === "\t")) end--;
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return text.slice(start, end);
}

/** The word that starts just after `index`, across white space only. */
export function wordAfter(text: string, index: number): string {
  let start = index;
  while (start < text.length && (text[start] === " " || text[start] === "\n" || text[start] === "\t")) start++;
  let end = start;
  while (end < text.length && isLetter(text[end])) end++;
  return text.slice(start, end);
}

/**
 * Runs a sticky expression at `index`. Written as a lookbehind capturing
 * group 1 (`/(?<=(…))/y`), it reads the words just before `index` ("late "
 * before "Sunday"), so that the costly part of a pattern runs only where
 * its cheap anchor was found.
 */
export function matchAt(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}
