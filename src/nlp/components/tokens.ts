import winkNLP from "wink-nlp";
import type { Span } from "../../text/span.js";
import type { Token } from "../../text/doc.js";
import type { Component } from "../component.js";
import { lazyVersion } from "../component-version.js";
import { breakLongWords } from "../tokens/break-long-words.js";
import { splitLongSentence } from "../tokens/split-long-sentence.js";
import { taggerModel } from "../tokens/tagger-model.js";

type Wink = ReturnType<typeof winkNLP>;
let shared: Wink | undefined;
/** The tagger is loaded once per process (about 0.1 s) and only when first needed. */
// Only sentence boundaries and POS tags: wink's own entity, negation and sentiment passes cost time we do not use.
const wink = (): Wink => (shared ??= winkNLP(taggerModel() as Parameters<typeof winkNLP>[0], ["sbd", "pos"]));

/** About how many characters the tagger reads at once (a long report: 100 pages are 30 stretches). */
const CHUNK = 100_000;

/** Stretches of `text` of about `size` characters that end at a blank line (a paragraph longer than that is one stretch). */
export function paragraphChunks(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > size) {
      const cut = text.indexOf("\n\n", from + size);
      to = cut < 0 ? text.length : cut + 2;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/** "the IT minister", "US troops": capitals among lower-case words are an acronym, not the pronoun "it" or "us" shouted. */
function shoutedPronoun(values: string[], pos: string[], i: number): boolean {
  return pos[i] === "PRON" && /^[A-Z]{2,}$/.test(values[i]) && (/[a-z]/.test(values[i - 1] ?? "") || /[a-z]/.test(values[i + 1] ?? ""));
}

/** Tags `tagged[from, to)` and appends its tokens and sentences, with offsets into the whole text. */
function tagChunk(text: string, tagged: string, from: number, to: number, tokens: Token[], sentences: Span[]): void {
  const nlp = wink();
  const its = nlp.its;
  const part = tagged.slice(from, to);
  const wdoc = nlp.readDoc(part);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const base = tokens.length;
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const found = part.startsWith(values[i], offset) ? offset : part.indexOf(values[i], offset);
    const start = found < 0 ? offset : found;
    tokens.push({ start: from + start, end: from + start + values[i].length, pos: shoutedPronoun(values, pos, i) ? "PROPN" : pos[i], sentence: 0 });
    offset = start + values[i].length;
  }
  const close = (first: number, last: number) => {
    for (const [a, b] of splitLongSentence(tokens, text, base + first, base + last)) {
      for (let t = a; t <= b; t++) tokens[t].sentence = sentences.length;
      sentences.push({ start: tokens[a].start, end: tokens[b].end });
    }
  };
  wdoc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as [number, number];
    // A headline, a byline or a paragraph without a full stop ends at its
    // line break; wink gives line breaks tokens of their own.
    let open = -1;
    for (let t = first; t <= last; t++) {
      const blank = /^\s+$/.test(values[t]);
      if (blank) tokens[base + t].pos = "SPACE";
      if (blank && open >= 0) { close(open, t - 1); open = -1; }
      if (!blank && open < 0) open = t;
    }
    if (open >= 0) close(open, last);
  });
}

/**
 * Tokens with universal POS tags and sentences, from wink-nlp. wink keeps
 * every character (values plus preceding spaces rebuild the text), so
 * offsets are computed by walking the text once. The tagger reads a copy of
 * the text with overlong words cut (same length, so the same offsets), and
 * an overlong sentence is read as several (see tokens/).
 */
export function tokensComponent(): Component {
  const version = lazyVersion({ code: ["components/tokens.js", "components/tokens.ts", "tokens"], data: [], packages: ["wink-nlp", "wink-eng-lite-web-model"] });
  return {
    name: "tokens",
    get version() { return version(); },
    requires: [],
    assigns: ["tokens", "sentences"],
    run(doc) {
      const tagged = breakLongWords(doc.text);
      const tokens: Token[] = [];
      const sentences: Span[] = [];
      // A long document is tagged a stretch of paragraphs at a time: the tagger's memory stays that of a stretch.
      for (const [from, to] of paragraphChunks(tagged, CHUNK)) tagChunk(doc.text, tagged, from, to, tokens, sentences);
      doc.layers.tokens = tokens;
      doc.layers.sentences = sentences;
    },
  };
}
