import type { Span } from "../../text/span.js";

/** The longest sentence the later components read, in tokens and in characters (news sentences stay under 100 and 600). */
export const MAX_SENTENCE_TOKENS = 150;
export const MAX_SENTENCE_CHARS = 1000;

/** Tokens after which a long sentence is best cut. */
const CLAUSE_END = /^[,;:)\]”"–—-]$/;

/**
 * The token ranges `[first, last]` (inclusive) that one sentence from
 * `first` to `last` is read as: itself, or pieces of at most
 * MAX_SENTENCE_TOKENS tokens and MAX_SENTENCE_CHARS characters, each cut
 * after the last comma, semicolon or dash in its second half when there is
 * one. The rules that look back over a sentence for every trigger ("Kim
 * Jong-un defected, " × 20,000 with no full stop) are linear in the length
 * of a sentence, so without a bound a text with no full stop took minutes.
 */
export function splitLongSentence(tokens: readonly Span[], text: string, first: number, last: number): [number, number][] {
  const pieces: [number, number][] = [];
  let start = first;
  while (start <= last) {
    let end = start;
    while (end < last && end + 1 - start < MAX_SENTENCE_TOKENS && tokens[end + 1].end - tokens[start].start <= MAX_SENTENCE_CHARS) end++;
    if (end < last) end = clauseEndIn(tokens, text, start, end) ?? end;
    pieces.push([start, end]);
    start = end + 1;
  }
  return pieces;
}

function clauseEndIn(tokens: readonly Span[], text: string, start: number, end: number): number | undefined {
  for (let t = end; t > start + (end - start) / 2; t--) {
    if (CLAUSE_END.test(text.slice(tokens[t].start, tokens[t].end))) return t;
  }
  return undefined;
}
