import type { NameMention, Token } from "../../text/doc.js";
import type { Component } from "../component.js";
import { lazyVersion } from "../component-version.js";
import { lexicon } from "../lexicon.js";
import { classifyRun, isEnglishWord } from "../names/classify-run.js";
import { ownedByPerson, personContext } from "../names/context-cues.js";
import { findNameRuns, type Piece } from "../names/name-runs.js";

const spanOf = (pieces: Piece[]) => ({ start: pieces[0].start, end: pieces.at(-1)!.end });

function posLookup(tokens: Token[]): (offset: number) => string | undefined {
  const byStart = new Map<number, string>();
  for (const t of tokens) byStart.set(t.start, t.pos);
  return (offset) => byStart.get(offset);
}

/**
 * Names of people, organizations and places: capitalised runs read with the
 * gazetteers, name lists, titles and the words around them. Runs that only
 * context can settle are kept as "unknown" for the entities component.
 */
export function namesComponent(): Component {
  const version = lazyVersion({ code: ["components/names.js", "components/names.ts", "names", "lexicon.js", "lexicon.ts"], data: ["names", "places", "lexicon/titles.json", "lexicon/cue-words.json", "lexicon/person-nouns.txt", "lexicon/org-heads.txt", "lexicon/facility-heads.txt", "lexicon/english-words.txt"] });
  return {
    name: "names",
    get version() { return version(); },
    requires: ["tokens", "sentences"],
    assigns: ["names"],
    run(doc) {
      const lex = lexicon();
      const ctx = { lex, text: doc.text, posAt: posLookup(doc.layers.tokens!) };
      const names: NameMention[] = [];
      for (const run of findNameRuns(doc.text, doc.layers.sentences!, lex.particles, lex.honorifics, (w) => isEnglishWord(w, lex))) {
        const reading = classifyRun(run, ctx);
        for (const p of reading.places) names.push({ ...spanOf(p.pieces), kind: "place", place: p.place, entity: -1, sentence: run.sentence });
        const name = reading.name;
        if (!name) continue;
        const span = spanOf(name.pieces);
        const mention: NameMention = { ...span, kind: name.kind, entity: -1, sentence: run.sentence };
        if (name.kind === "place") mention.place = lex.places.get(doc.text.slice(span.start, span.end).toLowerCase())?.name ?? doc.text.slice(span.start, span.end);
        if (name.kind === "person" || name.kind === "unknown") {
          const context = run.possessive ? (ownedByPerson(doc.text, span.end) ? "" : undefined) : personContext(doc.text, span.start, span.end, lex, name.pieces.length === 1);
          // "Country said" is no person; "Jeong said" is.
          const plainWord = name.pieces.length === 1 && isEnglishWord(name.pieces[0].text, lex);
          // "Officials in Nyeri said …": an unknown word after "in" is a place, whatever follows.
          const known = lex.koreanSurnames.has(name.pieces[0].text.toLowerCase()) || lex.givenNames.has(name.pieces[0].text.toLowerCase());
          const located = name.kind === "unknown" && !known && /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(0, span.start - 12), span.start));
          if (located) { mention.kind = "place"; mention.place = doc.text.slice(span.start, span.end); }
          else if (name.kind === "unknown" && context !== undefined && !plainWord) mention.kind = "person";
          mention.cue = name.cue ?? (context !== undefined ? "context" : undefined);
          const title = reading.title ?? (context || undefined);
          if (title) mention.title = title;
        }
        // "the Ministry of Public Health", "Consulate of the Republic of Chile": one organization.
        const prev = names.at(-1);
        if (prev?.kind === "organization" && run.start - prev.end < 10 && prev.sentence === mention.sentence && mention.kind !== "person" && !run.possessive && /^ of (?:the )?$/.test(doc.text.slice(prev.end, run.start))) {
          prev.end = run.end;
          continue;
        }
        names.push(mention);
      }
      doc.layers.names = names;
    },
  };
}
