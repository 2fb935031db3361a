import type { DateMention, NameMention, Token } from "../../text/doc.js";
import type { Span } from "../../text/span.js";

/**
 * One sentence as the event grammar reads it: its tokens (white space left
 * out) with their lower-cased words and POS tags, and for each token the
 * person mention or date mention it belongs to. Indexes are token positions
 * within the sentence.
 */
export class SentenceView {
  readonly words: string[] = [];
  readonly pos: string[] = [];
  readonly spans: Span[] = [];
  readonly person: (NameMention | undefined)[] = [];
  readonly date: (DateMention | undefined)[] = [];
  readonly place: (NameMention | undefined)[] = [];

  constructor(readonly index: number, readonly span: Span, readonly text: string, tokens: Token[], people: NameMention[], dates: DateMention[], places: NameMention[] = []) {
    let p = 0, d = 0, l = 0;
    for (const t of tokens) {
      if (t.pos === "SPACE") continue;
      while (p < people.length && people[p].end <= t.start) p++;
      while (d < dates.length && dates[d].end <= t.start) d++;
      while (l < places.length && places[l].end <= t.start) l++;
      this.place.push(l < places.length && places[l].start < t.end ? places[l] : undefined);
      const word = text.slice(t.start, t.end).toLowerCase();
      this.words.push(word.includes("’") ? word.replace(/’/g, "'") : word);
      this.pos.push(t.pos);
      this.spans.push({ start: t.start, end: t.end });
      this.person.push(p < people.length && people[p].start < t.end ? people[p] : undefined);
      this.date.push(d < dates.length && dates[d].start < t.end ? dates[d] : undefined);
    }
  }

  private wordSet?: Set<string>;

  /** Whether the sentence has the word, or its plural. */
  has(word: string): boolean {
    this.wordSet ??= new Set(this.words);
    return this.wordSet.has(word) || this.wordSet.has(`${word}s`) || this.wordSet.has(`${word}es`);
  }

  /** The text from token `first` to token `last`, as written. */
  surface(first: number, last: number): string {
    return this.text.slice(this.spans[first].start, this.spans[last].end);
  }

  get length(): number {
    return this.words.length;
  }

  /** The first token of the person mention that holds token i. */
  mentionStart(i: number): number {
    const m = this.person[i];
    while (i > 0 && this.person[i - 1] === m) i--;
    return i;
  }

  /** The last token of the person mention that holds token i. */
  mentionEnd(i: number): number {
    return lastOfRun(this.person, i);
  }

  /** The last token of the date that holds token i. */
  dateEnd(i: number): number {
    return lastOfRun(this.date, i);
  }

  /** The possessive marker after a token: "Pak's", "the Parks'". */
  isPossessive(i: number): boolean {
    const w = this.words[i];
    return w === "'s" || w === "'" || w === "s" && this.words[i - 1] === "'";
  }

  isPunct(i: number, chars = ",;:"): boolean {
    return this.pos[i] === "PUNCT" && chars.includes(this.words[i]);
  }

  /** The token before token `i`, past quotation marks: in `of “graft,” stripped` the comma. */
  before(i: number): number {
    let k = i - 1;
    while (k >= 0 && this.isPunct(k, QUOTES)) k--;
    return k;
  }
}

const QUOTES = "“”\"‘’";

/** The last index of the run of equal entries that holds index i. */
function lastOfRun<T>(layer: readonly T[], i: number): number {
  const value = layer[i];
  while (i + 1 < layer.length && layer[i + 1] === value) i++;
  return i;
}
