/**
 * Snippets cut in JavaScript from the text a reader may see. The full-text
 * index holds the unredacted text, so its own snippets could show a masked
 * name; these are checked against, or cut from, what the reader's views give.
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

/**
 * About `tokens` words of `text` around the first word equal to a search
 * word, matches marked «…», "…" where cut; undefined when no search word is
 * in the text as a whole word.
 */
export function textSnippet(text: string, words: string[], tokens = 16): string | undefined {
  const found = wordsOf(text);
  const first = found.findIndex((w) => words.includes(w.folded));
  if (first < 0) return undefined;
  const from = Math.max(0, first - Math.floor(tokens / 4));
  const to = Math.min(found.length, from + tokens);
  let out = from > 0 ? "…" : "";
  let at = found[from].start;
  for (let i = from; i < to; i++) {
    const w = found[i];
    out += text.slice(at, w.start) + (words.includes(w.folded) ? `«${text.slice(w.start, w.end)}»` : text.slice(w.start, w.end));
    at = w.end;
  }
  return out + (to < found.length ? "…" : "");
}

/** True when an index snippet shows only text the reader may see: its words, unmarked and unelided, are in `visible`. */
export function snippetIsVisible(snippet: string, visible: string): boolean {
  const plain = snippet.replace(/[«»]/g, "").replace(/^…|…$/g, "");
  return plain.split("…").every((part) => visible.includes(part));
}
