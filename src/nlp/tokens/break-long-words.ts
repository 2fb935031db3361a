/** The longest run without white space the tagger reads whole; no word, URL or e-mail address is longer. */
export const MAX_WORD_LENGTH = 256;

const isSpace = (code: number): boolean => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(String.fromCharCode(code)));
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * A copy of `text` of the same length for the tagger, in which every run of
 * more than MAX_WORD_LENGTH characters without white space is cut by a space
 * (a surrogate pair by two). wink-nlp's tokenizer takes time quadratic in a
 * word's length: "aaaa…" of 1 MB, a scraped "&&&&…" or "Kim-Jong-Kim-Jong-…"
 * of 100,000 characters took minutes. Since the length is kept, an offset
 * in the copy is the same offset in `text`.
 */
export function breakLongWords(text: string, max = MAX_WORD_LENGTH): string {
  const parts: string[] = [];
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) { run = 0; continue; }
    if (++run <= max || isLowSurrogate(code)) continue;
    const width = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    parts.push(text.slice(from, i), " ".repeat(width));
    from = i + width;
    i += width - 1;
    run = 0;
  }
  if (!parts.length) return text;
  parts.push(text.slice(from));
  return parts.join("");
}
