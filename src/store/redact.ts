/** What stands for each hidden character: one UTF-16 unit, so every offset into the text stays true. */
export const MASK = "█";

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name as it may appear in text, titles and URLs: "Thae Yong Ho" also as "thae-yong-ho", "Thae_Yong_Ho", "Thae%20Yong%20Ho". */
function namePattern(name: string): string {
  return name.trim().split(/[\s\-_]+/).filter(Boolean).map(escapeRegExp).join("(?:[\\s\\-_+]|%20)+");
}

/**
 * A text with the given spans and every occurrence of the given names masked
 * character by character (case and accents as written). Spans are the
 * mentions the extraction found; names catch the ones it missed ("Thae" in a
 * caption, the name in a URL). Spans outside the text are ignored.
 */
export function redact(text: string, spans: readonly { start: number; end: number }[], names: readonly string[]): string {
  const chars = text.split("");
  const mask = (start: number, end: number) => {
    for (let i = Math.max(0, start); i < Math.min(end, chars.length); i++) if (chars[i] !== "\n") chars[i] = MASK;
  };
  for (const s of spans) if (Number.isInteger(s.start) && Number.isInteger(s.end)) mask(s.start, s.end);
  const patterns = [...new Set(names.filter((n) => n.trim().length >= 2))].sort((a, b) => b.length - a.length).map(namePattern);
  if (patterns.length) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join("|")})(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) mask(m.index!, m.index! + m[0].length);
  }
  return chars.join("");
}

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
