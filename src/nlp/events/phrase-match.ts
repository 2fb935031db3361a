import type { Lexicon } from "../lexicon.js";
import type { Grammar, Phrase } from "./grammar.js";
import type { SentenceView } from "./sentence-view.js";

/** How far after the verb the words of a construction may start ("sentenced the former minister to 15 years"). */
const WINDOW = 9;
/** Modifiers allowed between the words of a phrase: "in a military prison" matches "in prison". */
const GAP = 3;
const GAP_POS = new Set(["DET", "ADJ", "NOUN", "NUM", "PROPN", "PRON"]);
const QUOTES = new Set(["\"", "“", "”", "'", "‘", "’", "-"]);
const CLAUSE_END = new Set([";", ":", "?", "!", "(", ")", "—", "after", "before", "while", "when", "because", "since", "until", "as", "who", "which", "that"]);

/** True when token `k` stands for the slot word (a plural counts: "posts" for "post"). */
function slotAt(view: SentenceView, k: number, slot: string[], lex: Lexicon, grammar: Grammar): number {
  const w = view.words[k];
  for (const word of slot) {
    if (word === "@title") {
      // The longest post starting here, up to three words ("vice foreign minister").
      for (let n = 3; n >= 1; n--) if (k + n <= view.length && (lex.titles.get(view.words.slice(k, k + n).join(" ")) ?? 0) >= grammar.postRank) return n;
      continue;
    }
    if (word === "@home" || word === "@refuge") {
      for (const place of word === "@home" ? grammar.home : grammar.refuge) { const n = sequenceAt(view, k, place, lex, grammar, 0); if (n) return n; }
      continue;
    }
    if (w === word || w === `${word}s` || w === `${word}es`) return 1;
  }
  return 0;
}

/** The number of tokens the phrase covers when it starts at `k` (with up to `gap` modifiers between its words), else 0. */
function sequenceAt(view: SentenceView, k: number, phrase: Phrase, lex: Lexicon, grammar: Grammar, gap = GAP): number {
  let at = k;
  for (let s = 0; s < phrase.length; s++) {
    let n = slotAt(view, at, phrase[s], lex, grammar);
    let skipped = 0;
    while (!n && s > 0 && at < view.length && !view.person[at]) {
      // Quote marks and hyphens cost nothing: "into “pre-trial” custody".
      const free = QUOTES.has(view.words[at]);
      if (!free && !(skipped < gap && GAP_POS.has(view.pos[at]))) break;
      at++;
      if (!free) skipped++;
      n = slotAt(view, at, phrase[s], lex, grammar);
    }
    if (!n) return 0;
    at += n;
  }
  return at - k;
}

/** True when one of `phrases` starts right at token `k`. */
export function phraseAt(view: SentenceView, k: number, phrases: Phrase[], lex: Lexicon, grammar: Grammar): boolean {
  return phrases.some((p) => sequenceAt(view, k, p, lex, grammar, 0) > 0);
}

/**
 * Where one of `phrases` occurs after token `from` in the same clause:
 * the index of its last token, or -1. An empty list always matches (at `from - 1`).
 */
export function phraseAfter(view: SentenceView, from: number, phrases: Phrase[], lex: Lexicon, grammar: Grammar, starts?: Map<string, Phrase[]>): number {
  if (!phrases.length) return from - 1;
  // Where an adjacent phrase may start: right after the verb, or after a name or pronoun standing there.
  let first = from;
  while (first < view.length && (view.person[first] || ["him", "her", "them"].includes(view.words[first]))) first++;
  const special = starts ? [...(starts.get("@title") ?? []), ...(starts.get("@home") ?? []), ...(starts.get("@refuge") ?? [])] : phrases;
  // Names do not count against the window, nor do the commas of a list of names ("brought Pak, Ri and Kim into the cabinet").
  for (let k = from, n = 0; k < view.length && n < WINDOW; k++) {
    if (view.person[k]) continue;
    // "named Pak, a planner who ran the water board, as her chief of staff": an apposition after the name is not counted.
    if (view.words[k] === "," && view.person[k - 1] && !view.person[k + 1] && view.words[k + 1] !== "and") {
      let close = k + 1;
      while (close < view.length && close - k < 25 && view.words[close] !== "," && !view.isPunct(close, ";:")) close++;
      if (view.words[close] === ",") { k = close; continue; }
    }
    n++;
    const w = view.words[k];
    // Only the phrases that may start with this word (or with a post or a home).
    const candidates = starts ? [...(starts.get(w) ?? []), ...(w.endsWith("s") ? starts.get(w.replace(/e?s$/, "")) ?? [] : []), ...special] : phrases;
    for (const p of candidates) {
      if (p.adjacent && k !== first) continue;
      const n = sequenceAt(view, k, p, lex, grammar);
      if (n) return k + n - 1;
    }
    if (CLAUSE_END.has(view.words[k]) || (view.words[k] === "," && k > from && !view.person[k - 1])) break;
    // "went missing after driving home", "was tried in absentia and given …": another verb's words are not this one's.
    if (view.pos[k] === "VERB") break;
  }
  return -1;
}
