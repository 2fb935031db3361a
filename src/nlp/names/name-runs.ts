import type { Span } from "../../text/span.js";

/** A word of a capitalised run, with its span in the document text. */
export interface Piece extends Span {
  text: string;
}

/** A run of capitalised words that may be a name: "Deputy Trade Minister Pak Chol Su". */
export interface NameRun extends Span {
  pieces: Piece[];
  sentence: number;
  /** The run starts the sentence, where any word is capitalised. */
  sentenceInitial: boolean;
  /** The sentence looks like a headline in title case. */
  headline: boolean;
  /** Followed by a possessive: "Pak Chol Su’s office". */
  possessive: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d[\d,.:]*\d|\d|[^\s\p{L}\p{M}\d]/gu;
const CAPITAL = /^[\p{Lu}]/u;
// "al-Waleed", "el-Sisi": a lower-case particle joined to a capitalised name.
const PARTICLE_JOINED = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|da|de|di|du|van|von)-[\p{Lu}]/u;
const POSSESSIVE = /['’]s?$/u;
const PREFIXED = /^(then|ex|now)-\p{Lu}/u;

interface Word extends Piece {
  gap: string;
}

function wordsOf(text: string, sentence: Span): Word[] {
  const words: Word[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  let last = 0;
  for (const m of slice.matchAll(WORD)) {
    const start = sentence.start + m.index;
    // "then-South Korean", "ex-President Pak": the prefix is no part of the name after it ("anti-Assad" stays one lower-case word).
    const prefix = PARTICLE_JOINED.test(m[0]) ? undefined : m[0].match(PREFIXED)?.[1];
    const cut = prefix ? prefix.length + 1 : 0;
    words.push({ start: start + cut, end: start + m[0].length, text: m[0].slice(cut), gap: slice.slice(last, m.index + cut) });
    last = m.index + m[0].length;
  }
  return words;
}

const isCapitalised = (w: string) => CAPITAL.test(w) || PARTICLE_JOINED.test(w);
const isInitial = (words: Word[], i: number) => /^\p{Lu}$/u.test(words[i].text) && words[i + 1]?.text === "." && words[i + 1].gap === "";

/** A title-case line without a full stop: "Pak Chol Su’s long exile" is not, "Pak Chol Su’s Sudden Arrest" is. */
function looksLikeHeadline(words: Word[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w.text));
  if (long.length < 2 || words.at(-1)?.text === ".") return false;
  return long.filter((w) => isCapitalised(w.text)).length / long.length >= 0.7;
}

/** Finds every run of capitalised words, initials and name particles inside each sentence. */
export function findNameRuns(text: string, sentences: Span[], particles: Set<string>, honorifics: Set<string> = new Set(), commonWord: (w: string) => boolean = () => false): NameRun[] {
  const runs: NameRun[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const words = wordsOf(text, sentence);
    const headline = looksLikeHeadline(words);
    const firstWord = words.findIndex((w) => /[\p{L}\d]/u.test(w.text));
    let i = 0;
    while (i < words.length) {
      if (!isCapitalised(words[i].text)) { i++; continue; }
      const pieces: Piece[] = [];
      let possessive = false;
      let j = i;
      while (j < words.length) {
        const w = words[j];
        if (pieces.length && w.gap !== " " && !(w.gap === "" && words[j - 1]?.text === ".")) break;
        if (isInitial(words, j)) { pieces.push({ start: w.start, end: w.end + 1, text: `${w.text}.` }); j += 2; continue; }
        // "Gen. Pak Chol", "Lt. Col. Ri": an abbreviated title keeps the run going past its full stop.
        if (isCapitalised(w.text) && honorifics.has(w.text.toLowerCase()) && words[j + 1]?.text === "." && words[j + 1].gap === "" && isCapitalised(words[j + 2]?.text ?? "") && words[j + 2].gap === " " && !commonWord(words[j + 2].text)) {
          pieces.push({ start: w.start, end: w.end + 1, text: `${w.text}.` });
          j += 2;
          continue;
        }
        const particle = pieces.length > 0 && particles.has(w.text) && isCapitalised(words[j + 1]?.text ?? "") && words[j + 1].gap === " ";
        if (!particle && !isCapitalised(w.text)) break;
        const own = w.text.match(POSSESSIVE) && w.text.length > 2 && /['’]s$/u.test(w.text) ? w.text.replace(/['’]s$/u, "") : w.text;
        pieces.push({ start: w.start, end: w.start + own.length, text: own });
        j++;
        if (own !== w.text || (words[j]?.text.match(/^['’]s?$/u) && words[j].gap === "")) { possessive = true; break; }
      }
      if (pieces.length) {
        runs.push({ start: pieces[0].start, end: pieces.at(-1)!.end, pieces, sentence: sentenceIndex, sentenceInitial: i === firstWord, headline, possessive });
      }
      i = Math.max(j, i + 1);
    }
  });
  return runs;
}
