import type { Lexicon } from "../lexicon.js";

/** "yongho" -> true when it splits into known syllables ("yong" + "ho"); at most three. */
function splitsIntoSyllables(word: string, syllables: Set<string>, parts = 0): boolean {
  if (!word) return parts > 0;
  if (parts === 3) return false;
  for (let len = Math.min(5, word.length); len >= 1; len--) {
    if (syllables.has(word.slice(0, len)) && splitsIntoSyllables(word.slice(len), syllables, parts + 1)) return true;
  }
  return false;
}

/**
 * "Pak Chol Su", "Pak Chol-su", "Ri Song Il", "Choe Yong-nam", "Choi Yongnam":
 * a Korean surname followed by a given name of one to three romanized syllables.
 */
export function isKoreanName(pieces: string[], lex: Lexicon): boolean {
  if (pieces.length < 2 || pieces.length > 4) return false;
  if (!lex.koreanSurnames.has(pieces[0].toLowerCase())) return false;
  const given = pieces.slice(1).flatMap((p) => p.toLowerCase().split("-"));
  if (given.length > 3) return false;
  return given.every((g) => lex.koreanSyllables.has(g)) || (given.length === 1 && splitsIntoSyllables(given[0], lex.koreanSyllables));
}

const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|er|a|e|i|o|u|ü)(?:n|ng)?){1,3}$/;

/** "Xi Jinping", "Zhou Yongkang", "Meng Hongwei": a Chinese surname and a pinyin given name. */
export function isChineseName(pieces: string[], lex: Lexicon): boolean {
  return pieces.length === 2 && lex.chineseSurnames.has(pieces[0].toLowerCase()) && pieces[1].length >= 3 && PINYIN.test(pieces[1].toLowerCase());
}
