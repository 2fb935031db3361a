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
      const nlp = wink();
      const its = nlp.its;
      const tagged = breakLongWords(doc.text);
      const wdoc = nlp.readDoc(tagged);
      const values = wdoc.tokens().out(its.value) as string[];
      const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
      const pos = wdoc.tokens().out(its.pos) as string[];
      const tokens: Token[] = new Array(values.length);
      let offset = 0;
      for (let i = 0; i < values.length; i++) {
        offset += spaces[i].length;
        const found = tagged.startsWith(values[i], offset) ? offset : tagged.indexOf(values[i], offset);
        const start = found < 0 ? offset : found;
        tokens[i] = { start, end: start + values[i].length, pos: pos[i], sentence: 0 };
        offset = tokens[i].end;
      }
      const sentences: Span[] = [];
      const close = (from: number, to: number) => {
        for (const [first, last] of splitLongSentence(tokens, doc.text, from, to)) {
          for (let t = first; t <= last; t++) tokens[t].sentence = sentences.length;
          sentences.push({ start: tokens[first].start, end: tokens[last].end });
        }
      };
      wdoc.sentences().each((s: { out: (f: unknown) => unknown }) => {
        const [first, last] = s.out(its.span) as [number, number];
        // A headline, a byline or a paragraph without a full stop ends at its
        // line break; wink gives line breaks tokens of their own.
        let from = -1;
        for (let t = first; t <= last; t++) {
          const blank = /^\s+$/.test(values[t]);
          if (blank) tokens[t].pos = "SPACE";
          if (blank && from >= 0) { close(from, t - 1); from = -1; }
          if (!blank && from < 0) from = t;
        }
        if (from >= 0) close(from, last);
      });
      doc.layers.tokens = tokens;
      doc.layers.sentences = sentences;
    },
  };
}
