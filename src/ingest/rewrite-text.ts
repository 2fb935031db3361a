import { OffsetMapBuilder, identityMap, type OffsetMap } from "../text/offset-map.js";

/** A text together with the map from its offsets back to the text it was made from. */
export interface MappedText {
  text: string;
  offsets: OffsetMap;
}

export type Replacer = (match: RegExpExecArray, input: string) => string;

/**
 * Replaces every match of a global `pattern` and maps the result back to
 * `input`. Each character of a replacement is aligned with the match: if it
 * occurs in what remains of the match (the "n't" of "does n't" -> "doesn't"),
 * it counts as copied from there; otherwise ("&nbsp," -> " ") it is produced
 * and maps to the matched piece. So a copied character always equals the
 * input character it maps to.
 */
export function rewriteText(input: string, pattern: RegExp, replace: Replacer): MappedText {
  if (!pattern.global) throw new Error(`rewriteText needs a global pattern: ${pattern}`);
  const builder = new OffsetMapBuilder();
  const parts: string[] = [];
  let last = 0;
  for (const match of input.matchAll(pattern)) {
    const replacement = replace(match as RegExpExecArray, input);
    if (replacement === match[0]) continue;
    const start = match.index ?? 0;
    builder.copy(last, start - last);
    parts.push(input.slice(last, start), replacement);
    alignReplacement(builder, start, match[0], replacement);
    last = start + match[0].length;
  }
  if (parts.length === 0) return { text: input, offsets: identityMap };
  builder.copy(last, input.length - last);
  parts.push(input.slice(last));
  return { text: parts.join(""), offsets: builder.build(input.length) };
}

function alignReplacement(builder: OffsetMapBuilder, start: number, matched: string, replacement: string): void {
  let next = 0;
  for (const char of replacement.split("")) {
    const found = matched.indexOf(char, next);
    if (found >= 0) {
      builder.copy(start + found, 1);
      next = found + 1;
    } else {
      builder.insert(1, start + Math.max(0, Math.min(next, matched.length - 1)), matched.length - next);
    }
  }
}
