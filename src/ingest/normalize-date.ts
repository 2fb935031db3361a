import type { PartialDate } from "../text/doc.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?";

const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** "2016", "2016-08" or "2016-08-17", or undefined when the parts are not a real date. */
export function formatDate(year: number, month?: number, day?: number): PartialDate | undefined {
  if (!(year >= 1800 && year <= 2100)) return undefined;
  if (month === undefined) return String(year);
  if (!(month >= 1 && month <= 12)) return undefined;
  const yyyyMm = `${year}-${String(month).padStart(2, "0")}`;
  if (day === undefined) return yyyyMm;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? `${yyyyMm}-${String(day).padStart(2, "0")}` : undefined;
}

const ymd = (y: string, m: string, d?: string): PartialDate | undefined =>
  formatDate(Number(y), /^\d+$/.test(m) ? Number(m) : monthNumber(m), d === undefined ? undefined : Number(d));

/** Written forms of a date, each with how to read its groups. */
const FORMS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray) => PartialDate | undefined]> = [
  // "2016-08-16T08:00:00Z", "2016-08-16 08:00", "2016/08/16", "2016.08.16": the date as the publisher wrote it
  [/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/, (m) => ymd(m[1], m[3], m[4])],
  // "20160816", "20160816T080000Z"
  [/^(\d{4})(\d{2})(\d{2})(?:T|$)/, (m) => ymd(m[1], m[2], m[3])],
  // "2016-08", "2016"
  [/^(\d{4})-(\d{2})$/, (m) => ymd(m[1], m[2])],
  [/^(\d{4})$/, (m) => formatDate(Number(m[1]))],
  // "Tue, 16 Aug 2016 08:00:00 GMT", "16th August 2016"
  [new RegExp(`(?:^|[^\\d])(\\d{1,2})(?:st|nd|rd|th)?[ -]${MONTH},?[ -](\\d{4})`, "i"), (m) => ymd(m[3], m[2], m[1])],
  // "August 16, 2016", "Aug. 16 2016"
  [new RegExp(`(?:^|[^a-z])${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`, "i"), (m) => ymd(m[3], m[1], m[2])],
];

/**
 * A publication date from page metadata or a record, at the precision given:
 * a timestamp becomes its calendar day as written, without converting time
 * zones ("2016-08-16T23:30:00-05:00" is 2016-08-16 where it was published).
 * Returns undefined for anything not recognisable as a real date.
 */
export function normalizeDate(value: string | undefined | null): PartialDate | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  for (const [pattern, read] of FORMS) {
    const match = text.match(pattern);
    if (match) return read(match);
  }
  return undefined;
}

/** Dates that news sites put in their URLs. */
const URL_FORMS: ReadonlyArray<readonly [RegExp, (m: RegExpMatchArray) => PartialDate | undefined]> = [
  // "/2016/08/17/slug", "/2016-08-17/slug"
  [/\/((?:18|19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?=[/._-]|$)/, (m) => ymd(m[1], m[3], m[4])],
  // "/world/2019/jun/04/slug"
  [new RegExp(`/((?:18|19|20)\\d{2})/${MONTH}/(\\d{1,2})(?=/|$)`, "i"), (m) => ymd(m[1], m[2], m[3])],
  // "/news/20210408-slug", "article_20210408.html"
  [/(?:^|[^\d])((?:18|19|20)\d{2})(\d{2})(\d{2})(?!\d)/, (m) => ymd(m[1], m[2], m[3])],
  // "/2016/08/slug": month only
  [/\/((?:18|19|20)\d{2})\/(\d{2})(?=\/)/, (m) => ymd(m[1], m[2])],
];

/** The publication date a URL's path shows, if any ("/2016/08/17/" -> "2016-08-17"). */
export function dateFromUrl(url: string | undefined): PartialDate | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  for (const [pattern, read] of URL_FORMS) {
    const match = path.match(pattern);
    const date = match ? read(match) : undefined;
    if (date) return date;
  }
  return undefined;
}
