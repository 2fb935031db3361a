import { eachMatch, matchAt, wordAfter, wordBefore, type Context, type Candidate } from "./candidate.js";
import { YEAR, cap } from "./lexicon.js";

const MODIFIER = cap("early|late|mid|end|beginning|start|middle|spring|summer|autumn|fall|winter");

// "in 2019", "Moscow, 1926,"
const YEAR_RE = new RegExp(`\\b${YEAR}\\b`, "g");
// "late 2018", "mid-1974", "the end of 2018", "summer of 2019"
const MODIFIER_BEFORE = new RegExp(`(?<=(\\b(?:${MODIFIER})(?:\\s+of)?[\\s-]+))`, "y");

/** Words after which a number 1900–2099 is a year: "in 2019", "between 2009 and 2017", "the 2011 uprising". */
const LEAD = new Set([
  "in", "since", "from", "until", "till", "to", "by", "of", "and", "or", "between", "during", "before",
  "after", "around", "about", "circa", "c", "ca", "through", "throughout", "the", "year", "early", "late",
  // "his 2018 arrest", "a 1961 coup", "whose 2015 election"
  "his", "her", "their", "its", "a", "an", "whose",
]);
/** Words after which it is a label: "Article 2019", "Flight 2001". */
const LABEL = new Set([
  "article", "articles", "no", "nos", "number", "room", "flight", "section", "resolution", "route", "paragraph",
  "chapter", "page", "pages", "vol", "volume", "level", "model", "highway", "unit", "division", "code", "law",
  "decree", "item", "exhibit", "bill", "category", "class", "type", "version", "gate", "lot", "block", "camp",
]);
/** Words before which it is a count or a time: "2000 people", "2021 UTC". */
const COUNTED = new Set([
  "people", "persons", "men", "women", "children", "troops", "soldiers", "workers", "laborers", "labourers",
  "defectors", "refugees", "prisoners", "officials", "members", "students", "families", "households",
  "dollars", "won", "yuan", "euros", "pounds", "yen", "rubles", "roubles", "tons", "tonnes", "km", "kilometers",
  "kilometres", "miles", "meters", "metres", "feet", "kg", "kilograms", "votes", "cases", "deaths", "units",
  "pages", "words", "seats", "times", "hours", "hrs", "h", "minutes", "days", "weeks", "months", "years",
  "vehicles", "ships", "missiles", "points", "utc", "gmt", "kst", "local", "am", "pm",
]);
const ABBREVIATED_LABEL = /\b(?:No|Nos|Art|Vol|Sec|Ch|pp?)\.\s*$/;

/** Years written as numbers, where the words around them make them years. */
export function yearDates(ctx: Context, out: Candidate[]): void {
  eachMatch(YEAR_RE, ctx.text, (m) => {
    const end = m.index + 4;
    const modifier = matchAt(MODIFIER_BEFORE, ctx.text, m.index);
    if (!modifier && (isNumberPart(ctx.text, m.index, end) || !isYearContext(ctx.text, m.index, end))) return;
    out.push({ start: m.index - (modifier ? modifier[1].length : 0), end, value: m[0], relative: false });
  });
}

/** "$2019", "3.2019", "2019.5", "2019-08" and "45%" are parts of other numbers. */
function isNumberPart(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? "";
  if (before !== "" && "$£€#".includes(before)) return true;
  if (before !== "" && ".,/:-".includes(before) && /\d/.test(text[start - 2] ?? "")) return true;
  const after = text[end] ?? "";
  return after === "%" || (after !== "" && "-–/.,:".includes(after) && /\d/.test(text[end + 1] ?? ""));
}

function isYearContext(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  if (LABEL.has(before.toLowerCase()) || ABBREVIATED_LABEL.test(text.slice(Math.max(0, start - 6), start))) return false;
  if (COUNTED.has(wordAfter(text, end).toLowerCase())) return false;
  if (LEAD.has(before.toLowerCase()) || text[start - 1] === "(") return true;
  // "Pak's 2018 arrest"
  if (/\p{L}['’]s?\s$/u.test(text.slice(Math.max(0, start - 4), start))) return true;
  const after = text[end];
  return after === undefined || ",.;:)!?\n".includes(after);
}
