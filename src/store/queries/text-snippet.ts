import { escapeRegExp } from "../redact.js";

/**
 * Snippets cut in JavaScript from the text a reader may see. The full-text
 * index holds the unredacted text, so its own snippets could show a masked
 * name; these are cut from what the reader's views give.
 */

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The words of a search as the index reads them: letters and digits. */
export const searchWords = (text: string): string[] => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

interface Word { start: number; end: number; folded: string }

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, folded: fold(m[0]) }));
}

/** `text` with the words that start with a search word (prefix) or equal one marked «…»; undefined when some search word matches nothing. */
export function markedName(text: string, words: string[]): string | undefined {
  const found = wordsOf(text);
  const hits = found.filter((w) => words.some((q) => w.folded.startsWith(q)));
  if (!words.every((q) => found.some((w) => w.folded.startsWith(q)))) return undefined;
  let out = "";
  let at = 0;
  for (const w of hits) {
    out += `${text.slice(at, w.start)}«${text.slice(w.start, w.end)}»`;
    at = w.end;
  }
  return out + text.slice(at);
}

const WORD_PART = /[\p{L}\p{N}\p{M}]/u;

/**
 * Where one of the words first stands whole in `text` (not inside a longer
 * word), ignoring case; -1 when none does as written (or case changes the
 * text's length, as "İ" does).
 */
function firstWholeWord(text: string, words: string[]): number {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return -1;
  let first = -1;
  for (const w of words) {
    for (let at = lower.indexOf(w); at >= 0 && (first < 0 || at < first); at = lower.indexOf(w, at + 1)) {
      if (!WORD_PART.test(lower[at - 1] ?? "") && !WORD_PART.test(lower[at + w.length] ?? "")) {
        first = at;
        break;
      }
    }
  }
  return first;
}

/** Characters read on each side of a match for a snippet of `tokens` words (a quarter of them before it): words of 15 characters on average fill it. */
const reach = (tokens: number) => ({ before: 15 * Math.ceil(tokens / 4), after: 15 * tokens });

/**
 * About `tokens` words of `text` around the first word equal to a search
 * word, matches marked «…», "…" where cut; undefined when no search word is
 * in the text as a whole word. Only a window around the match is read word
 * by word (a 5,000-word article costs its 16 words); a text whose match is
 * spelled with accents ("Kím" for "kim") is read whole.
 */
export function textSnippet(text: string, words: string[], tokens = 16): string | undefined {
  const hit = firstWholeWord(text, words);
  const { before, after } = reach(tokens);
  const start = hit < 0 ? 0 : Math.max(0, hit - before);
  const end = hit < 0 ? text.length : Math.min(text.length, hit + after);
  // a word cut by the window's edge is left out
  const found = wordsOf(text.slice(start, end)).map((w) => ({ ...w, start: w.start + start, end: w.end + start }))
    .filter((w) => (w.start > start || start === 0) && (w.end < end || end === text.length));
  const first = found.findIndex((w) => words.includes(w.folded));
  if (first < 0) return undefined;
  const from = Math.max(0, first - Math.floor(tokens / 4));
  const to = Math.min(found.length, from + tokens);
  let out = from > 0 || start > 0 ? "…" : "";
  let at = found[from].start;
  for (let i = from; i < to; i++) {
    const w = found[i];
    out += text.slice(at, w.start) + (words.includes(w.folded) ? `«${text.slice(w.start, w.end)}»` : text.slice(w.start, w.end));
    at = w.end;
  }
  return out + (to < found.length || end < text.length ? "…" : "");
}

const SEPARATOR = "[^\\p{L}\\p{N}]+";

/** A search's phrases as the index reads them: per word of the query, its runs of letters and digits ("Chol-ung" is "chol", "ung", one after the other). */
export const searchPhrases = (text: string): string[][] =>
  text.split(/[\s\p{Cc}]+/u).map((w) => fold(w).split(/[^\p{L}\p{N}]+/u).filter(Boolean)).filter((runs) => runs.length > 0);

/**
 * True when every phrase stands in `text` as whole words, runs in order
 * with only separators between them, ignoring case and accents, as the
 * full-text index matches them. The index holds the unredacted text: a
 * document it finds by a word the reader sees masked (█ is no letter) is
 * no hit for that reader.
 */
export function hasPhrases(text: string, phrases: string[][]): boolean {
  let folded: string | undefined;
  return phrases.every((runs) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${runs.map(escapeRegExp).join(SEPARATOR)}(?![\\p{L}\\p{N}\\p{M}])`, "iu");
    // the text as written first; folded (accents off) only when that fails ("Kím" for "kim")
    return re.test(text) || re.test((folded ??= fold(text)));
  });
}
