/** What stands for each hidden character: one UTF-16 unit, so every offset into the text stays true. */
export const MASK = "█";

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name as it may appear in text, titles and URLs: "Pak Chol Su" also as "pak-chol-su", "Pak_Chol_Su", "Pak%20Chol%20Su". */
function namePattern(name: string): string {
  return name.trim().split(/[\s\-_]+/).filter(Boolean).map(escapeRegExp).join("(?:[\\s\\-_+]|%20)+");
}

/** A name's own expression: whole words only (not "Pyon" in "Pyongyang"), any case. */
const nameRegExp = (pattern: string): RegExp => new RegExp(`(?<![\\p{L}\\p{Nd}])(?:${pattern})(?![\\p{L}\\p{Nd}])`, "giu");

/**
 * A text with the given spans and every occurrence of the given names masked
 * character by character (case and accents as written). Spans are the
 * mentions the extraction found; names catch the ones it missed ("Thae" in a
 * caption, the name in a URL). Each name is looked for on its own, so that
 * overlapping names are both masked ("Kim Jong" and "Jong Un" in "Kim Jong
 * Un"). Spans outside the text are ignored; a span that ends inside a
 * character outside the BMP ("😀", two UTF-16 units) masks all of it.
 * PostgreSQL's reader views do the same in SQL (dialects/postgres/redact.ts).
 */
export function redact(text: string, spans: readonly { start: number; end: number }[], names: readonly string[]): string {
  const masked = new Uint8Array(text.length);
  const mask = (start: number, end: number) => masked.fill(1, Math.max(0, start), Math.max(0, Math.min(end, text.length)));
  for (const s of spans) if (Number.isInteger(s.start) && Number.isInteger(s.end)) mask(s.start, s.end);
  for (const re of nameExpressions(names)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      mask(m.index, m.index + m[0].length);
      re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
  if (!masked.includes(1)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const pair = isHigh(text, i) && isLow(text, i + 1) ? masked[i] | masked[i + 1] : isLow(text, i) && isHigh(text, i - 1) ? masked[i] | masked[i - 1] : masked[i];
    out += pair && text[i] !== "\n" ? MASK : text[i];
  }
  return out;
}

/** The expressions of the last few name lists: a reader view masks every row of a read with one list, and compiling them per row cost more than matching. */
const compiled = new Map<string, RegExp[]>();

function nameExpressions(names: readonly string[]): RegExp[] {
  const key = names.join("\u0000");
  let found = compiled.get(key);
  if (!found) {
    found = [...new Set(names)].filter((name) => name.trim().length >= 2 && namePattern(name)).map((name) => nameRegExp(namePattern(name)));
    if (compiled.size >= 8) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, found);
  }
  return found;
}

const isHigh = (text: string, i: number): boolean => i >= 0 && i < text.length && text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
const isLow = (text: string, i: number): boolean => i >= 0 && i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;

/** Spans from a JSON array of mention arrays ([[{start,end}…]…]), read leniently: a bad value masks nothing rather than failing a read. */
export function spansOf(json: unknown): { start: number; end: number }[] {
  try {
    const lists = typeof json === "string" ? JSON.parse(json) : [];
    return Array.isArray(lists) ? lists.flat().filter((s) => s && typeof s.start === "number" && typeof s.end === "number") : [];
  } catch {
    return [];
  }
}

/** Names from a JSON array of strings, read leniently. */
export function namesOf(json: unknown): string[] {
  try {
    const list = typeof json === "string" ? JSON.parse(json) : [];
    return Array.isArray(list) ? list.filter((n): n is string => typeof n === "string") : [];
  } catch {
    return [];
  }
}
