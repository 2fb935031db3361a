import type { Rng } from "../prng.js";
import { MONTH_NAMES, WEEKDAY_NAMES, calendar } from "./calendar.js";

/** A date as an article writes it: with its preposition ("on 17 August 2016") and without ("17 August 2016"). */
export interface DatePhrase { phrase: string; bare: string }

const SEASONS = ["winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn", "autumn", "autumn", "winter"];
const NUMBER_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

const d = (prep: string, bare: string): DatePhrase => ({ phrase: prep ? `${prep} ${bare}` : bare, bare });

/** Forms that need the publication date to be read: "on Wednesday", "last month", "in March", "two years ago". */
function relative(event: number, published: number): DatePhrase[] {
  const [e, p] = [calendar(event), calendar(published)];
  const forms: DatePhrase[] = [];
  const days = published - event;
  if (days >= 1 && days <= 6) forms.push(d("on", WEEKDAY_NAMES[e.weekday]), d("", `last ${WEEKDAY_NAMES[e.weekday]}`));
  if (days === 1) forms.push(d("", "yesterday"));
  const months = (p.year - e.year) * 12 + p.month - e.month;
  if (months === 1) forms.push(d("", "last month"));
  if (months >= 1 && months < 12) forms.push(d("in", MONTH_NAMES[e.month - 1]), d("", `last ${MONTH_NAMES[e.month - 1]}`));
  if (e.year === p.year && months >= 0) forms.push(d("on", `${MONTH_NAMES[e.month - 1]} ${e.day}`), d("", "earlier this year"));
  if (p.year - e.year === 1) forms.push(d("", "last year"));
  if (p.year - e.year >= 2 && p.year - e.year <= 10 && p.month === e.month) forms.push(d("", `${NUMBER_WORDS[p.year - e.year]} years ago`));
  return forms;
}

/** Forms that stand alone, at every precision. */
function absolute(event: number): DatePhrase[] {
  const e = calendar(event);
  const month = MONTH_NAMES[e.month - 1];
  const part = e.day <= 10 ? "early" : e.day <= 20 ? "mid-" : "late";
  return [
    d("on", `${e.day} ${month} ${e.year}`), d("on", `${month} ${e.day}, ${e.year}`),
    d("on", `${month.slice(0, 3)}. ${e.day}, ${e.year}`), d("in", `${month} ${e.year}`), d("in", String(e.year)),
    d("on", `${e.year}-${String(e.month).padStart(2, "0")}-${String(e.day).padStart(2, "0")}`),
    d("in", part === "mid-" ? `mid-${month} ${e.year}` : `${part} ${month} ${e.year}`),
    d("in", `the ${SEASONS[e.month - 1]} of ${e.year}`), d("in", `${e.day <= 15 ? "the first" : "the second"} half of ${month} ${e.year}`),
  ];
}

/** One way of writing `event` in an article published on `published` (both in days). */
export function datePhrase(rng: Rng, event: number, published: number): DatePhrase {
  const near = relative(event, published);
  return near.length && rng.chance(0.35) ? rng.pick(near) : rng.pick(absolute(event));
}
