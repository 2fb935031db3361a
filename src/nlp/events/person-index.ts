import type { Doc, NameMention } from "../../text/doc.js";
import type { Lexicon } from "../lexicon.js";
import { nameParts } from "../names/name-parts.js";

export type Gender = "female" | "male" | undefined;

const FEMALE_TITLE = /\b(?:mrs|ms|miss|madam|madame|queen|princess|lady|dame|sister)\b/;
const MALE_TITLE = /\b(?:mr|sir|king|prince|lord|father|brother)\b/;

/**
 * The person mentions of a document indexed by sentence, with each person's
 * mention count and gender, so that rules look up their neighbours without
 * scanning the whole document (long documents stay linear).
 */
export class PersonIndex {
  readonly all: NameMention[];
  private readonly bySentence = new Map<number, NameMention[]>();
  private readonly counts = new Map<number, number>();
  private readonly genders = new Map<number, Gender>();
  readonly firstInSentence = new Set<NameMention>();

  constructor(doc: Doc, lex: Lexicon) {
    this.all = (doc.layers.names ?? []).filter((m) => m.kind === "person" && m.entity >= 0).sort((a, b) => a.start - b.start);
    for (const m of this.all) {
      const list = this.bySentence.get(m.sentence);
      if (list) list.push(m); else { this.bySentence.set(m.sentence, [m]); this.firstInSentence.add(m); }
      this.counts.set(m.entity, (this.counts.get(m.entity) ?? 0) + 1);
      const title = m.title?.toLowerCase() ?? "";
      if (FEMALE_TITLE.test(title)) this.genders.set(m.entity, "female");
      else if (MALE_TITLE.test(title)) this.genders.set(m.entity, "male");
    }
    (doc.layers.people ?? []).forEach((p, i) => {
      if (!this.genders.has(i)) this.genders.set(i, lex.nameGender.get(nameParts(p.name)[0] ?? ""));
    });
  }

  inSentence(i: number): NameMention[] {
    return this.bySentence.get(i) ?? [];
  }

  count(entity: number): number {
    return this.counts.get(entity) ?? 0;
  }

  /** The person an article is about: named at least three times, and twice as often as anyone else. */
  private protagonistCache?: { value: number | undefined };

  protagonist(): number | undefined {
    return (this.protagonistCache ??= { value: this.findProtagonist() }).value;
  }

  private findProtagonist(): number | undefined {
    const [first, second] = [...this.counts.entries()].sort((a, b) => b[1] - a[1]);
    if (!first || first[1] < 3 || (second && second[1] * 2 > first[1])) return undefined;
    return first[0];
  }

  gender(entity: number): Gender {
    return this.genders.get(entity);
  }

  /** Mentions in the sentences from `first` to `last`, ending before `at`. */
  between(first: number, last: number, at: number): NameMention[] {
    const out: NameMention[] = [];
    for (let s = Math.max(0, first); s <= last; s++) for (const m of this.inSentence(s)) if (m.end <= at) out.push(m);
    return out;
  }
}
