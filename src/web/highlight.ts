import { html, type Html } from "./html.js";

/** A span of a text with what it stands for. */
export interface Marked<T> { start: number; end: number; data: T }

/** A run of text between two span boundaries, with the spans covering all of it. */
export interface Piece<T> { start: number; end: number; text: string; covering: Marked<T>[] }

/**
 * Cuts a text at every span boundary, so that each piece can be escaped and
 * wrapped on its own: overlapping and nested spans need no tree, and no
 * markup is ever cut in half. Spans outside the text are ignored.
 */
export function cutAtSpans<T>(text: string, spans: Marked<T>[]): Piece<T>[] {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: Piece<T>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    pieces.push({ start, end, text: text.slice(start, end), covering: valid.filter((s) => s.start <= start && s.end >= end) });
  }
  return pieces;
}

/** Every place some words occur in a text, longest words first ("Pak Chol-min" before "Pak"). */
export function findWords(text: string, words: string[]): Marked<string>[] {
  const found: Marked<string>[] = [];
  for (const word of [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (!found.some((f) => f.start < at + word.length && at < f.end)) found.push({ start: at, end: at + word.length, data: word });
    }
  }
  return found;
}

/** A text with some words in <mark>, everything escaped. */
export function markWords(text: string, words: string[]): Html {
  return html`${cutAtSpans(text, findWords(text, words)).map((p) => (p.covering.length ? html`<mark>${p.text}</mark>` : html`${p.text}`))}`;
}

/** A search snippet, matches between « and », as escaped text with the matches in <mark>. */
export function snippetHtml(snippet: string): Html {
  return html`${snippet.split(/[«»]/).map((part, i) => (i % 2 ? html`<mark>${part}</mark>` : html`${part}`))}`;
}

/** The sentence (or line) around a span, at most about `max` characters, and the span's place in it. */
export function sentenceAround(text: string, start: number, end: number, max = 300): { text: string; start: number; end: number } {
  const stops = /[.!?]\s|\n/g;
  let from = 0;
  for (const m of text.slice(0, start).matchAll(stops)) from = m.index + m[0].length;
  stops.lastIndex = end;
  const next = stops.exec(text);
  let to = next ? next.index + 1 : text.length;
  from = Math.max(from, start - max / 2);
  to = Math.min(to, end + max / 2);
  return { text: text.slice(from, to), start: start - from, end: end - from };
}
