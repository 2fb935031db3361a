import { eachMatch, matchAt, wordBefore, type Context, type Candidate } from "./candidate.js";
import { COUNT, countRange } from "./lexicon.js";

const YEAR_WORD = /\byears?\b/g;
// "that year", "the same year", "the following year", "the year before"
const WHICH_BEFORE =
  /(?<=(\b(that same|that|the same|the following|the next|the previous|the preceding|the prior|the)\s+))/iy;
// "two years later", "a year earlier"
const COUNT_BEFORE = new RegExp(`(?<=(\\b(${COUNT})\\s+))`, "iy");
// "… later", "… before." (before and after only where nothing follows: "two years after Kim died" is not anaphoric)
const DIRECTION_AFTER = /\s+(later|earlier|before(?=\s*(?:[,.;:)]|$))|after(?=\s*(?:[,.;:)]|$)))\b/iy;

const SHIFT: Record<string, number> = {
  "that same": 0, that: 0, "the same": 0, "the following": 1, "the next": 1,
  "the previous": -1, "the preceding": -1, "the prior": -1, before: -1, after: 1, later: 1, earlier: -1,
};
/** "over the next year", "during the previous year": spans of time, not a year. */
const DURATION = new Set(["over", "within", "for", "during", "throughout"]);

// "two days later", "a week earlier", "three months after.", "the next day", "the following month"
const OFFSET = new RegExp(`\\b(?:(${COUNT})\\s+(day|week|month)s?\\s+(later|earlier|before(?=\\s*(?:[,.;:)]|$))|after(?=\\s*(?:[,.;:)]|$)))|the\\s+(next|following|previous)\\s+(day|week|month))\\b`, "gi");

/** Years named from the date before them in the text. */
export function anaphoraDates(ctx: Context, out: Candidate[]): void {
  eachMatch(YEAR_WORD, ctx.text, (m) => {
    const found = anaphorAt(ctx.text, m.index, m.index + m[0].length, m[0] === "year");
    if (found) out.push({ ...found, relative: true, anaphor: { shift: found.shift, suffix: "" } });
  });
  eachMatch(OFFSET, ctx.text, (m) => {
    const unit = (m[2] ?? m[5]).toLowerCase() as "day" | "week" | "month";
    const n = m[1] ? countRange(m[1].toLowerCase()) : [1, 1];
    // "several days later": no date
    if (!n || n[0] !== n[1]) return;
    const direction = (m[3] ?? m[4]).toLowerCase();
    const shift = (SHIFT[direction] ?? SHIFT[`the ${direction}`] ?? (direction === "next" ? 1 : 0)) * n[0];
    out.push({ start: m.index, end: m.index + m[0].length, relative: true, anaphor: { shift, suffix: "", unit } });
  });
}

function anaphorAt(text: string, index: number, end: number, single: boolean) {
  const which = single ? matchAt(WHICH_BEFORE, text, index) : null;
  const direction = matchAt(DIRECTION_AFTER, text, end);
  if (which && which[2].toLowerCase() !== "the") {
    const word = which[2].toLowerCase();
    const start = index - which[1].length;
    if (SHIFT[word] !== 0 && DURATION.has(wordBefore(text, start).toLowerCase())) return undefined;
    return { start, end, shift: SHIFT[word] };
  }
  if (!direction) return undefined;
  const shift = SHIFT[direction[1].toLowerCase()];
  if (which) return { start: index - which[1].length, end: end + direction[0].length, shift }; // "the year before"
  const count = matchAt(COUNT_BEFORE, text, index);
  const n = count && countRange(count[2]);
  if (!n || n[0] !== n[1]) return undefined; // "several years later": no year
  return { start: index - count[1].length, end: end + direction[0].length, shift: shift * n[0] };
}
