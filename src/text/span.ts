/** A range of characters in a document's stored text, end exclusive (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

export const spanText = (text: string, span: Span): string => text.slice(span.start, span.end);

export const spanContains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Grows a span over surrounding white space trimmed away, so that the surface string has none at its edges. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
