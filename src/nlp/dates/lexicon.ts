/**
 * Words that dates are made of, as regular-expression sources and lookups.
 * Month and weekday names are matched case-sensitively (Title or UPPER case)
 * so that "may" and "march" as verbs never start a date.
 */

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const withUpper = (names: string[]): string => names.flatMap((n) => [n, n.toUpperCase()]).join("|");

/** "early" -> "[Ee]arly": a word at the start of a sentence or inside one. */
export const cap = (words: string): string =>
  words.split("|").map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");

/** A full month name: "November", "NOVEMBER". */
export const MONTH_FULL = `(?:${withUpper(MONTH_NAMES)})\\b`;

/** A full or abbreviated month name: "November", "Nov.", "Sept", "Aug". */
export const MONTH_ANY = `(?:(?:${withUpper(MONTH_NAMES)})\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)`;

export const WEEKDAY = `(?:${withUpper(WEEKDAY_NAMES)})\\b`;

/** A day of the month: "3", "03", "25th". */
export const DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";

/** Years this project reads as years: 1900 to 2099. */
export const YEAR = "(?:19|20)\\d\\d";

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** "one" … "ninety-nine", index + 1 being the number. */
const NUMBER_WORDS = [...UNITS, ...TEENS, ...TENS.flatMap((t) => [t, ...UNITS.map((u) => `${t}-${u}`)])];

/** How many: "two", "fifty", "13", "a", "several" (a vague count, resolved as a window). */
export const COUNT = `(?:a couple of|a few|several|an?|${[...NUMBER_WORDS].sort((a, b) => b.length - a.length).join("|")}|\\d{1,3})`;

const MONTH_BY_PREFIX = new Map(MONTH_NAMES.map((n, i) => [n.slice(0, 3).toLowerCase(), i + 1]));
const WEEKDAY_BY_PREFIX = new Map(WEEKDAY_NAMES.map((n, i) => [n.slice(0, 3).toLowerCase(), i]));

/** "Sept." -> 9, "NOVEMBER" -> 11. */
export const monthNumber = (word: string): number => MONTH_BY_PREFIX.get(word.slice(0, 3).toLowerCase()) ?? 0;

/** "Sunday" -> 0 … "Saturday" -> 6. */
export const weekdayNumber = (word: string): number => WEEKDAY_BY_PREFIX.get(word.slice(0, 3).toLowerCase()) ?? -1;

/** The smallest and largest number a count word can mean: "several" -> [3, 7]. */
export function countRange(word: string): [number, number] | undefined {
  const w = word.toLowerCase();
  if (w === "a" || w === "an") return [1, 1];
  if (w === "a couple of") return [2, 2];
  if (w === "a few") return [2, 4];
  if (w === "several") return [3, 7];
  const index = NUMBER_WORDS.indexOf(w);
  if (index >= 0) return [index + 1, index + 1];
  const n = Number(w);
  return Number.isInteger(n) && n > 0 ? [n, n] : undefined;
}

/** "Nov." and "Sept" are abbreviations; "May" and "NOVEMBER" are not. */
export const isFullMonthName = (word: string): boolean => {
  const n = monthNumber(word);
  return n > 0 && MONTH_NAMES[n - 1].length === word.length;
};
