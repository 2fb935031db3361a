import type { Lexicon } from "../nlp/lexicon.js";
import { nameParts } from "../nlp/names/name-parts.js";
import type { EventMention, NameMention, PersonEntity } from "../text/doc.js";
import type { Span } from "../text/span.js";
import { koreanName, type KoreanName } from "./resolution-keys.js";

/**
 * Two Korean names of one surname whose given names differ by a syllable are
 * two people: Pak Chol Su, Pak Chol Min, Pak Myong Su. Only
 * known syllables count: "Kim Jnog Un" (a misspelling) is not a different
 * name, and romanizations of one syllable (Jong/Chong, Un/Eun) fold together.
 * A name of fewer syllables ("Kim Jong" beside "Kim Jong Un") may be cut
 * short, so it is not evidence either way; nor are two surnames (inside one
 * document only an explicit "also known as" joins those).
 */
export function differentKoreanNames(a: KoreanName, b: KoreanName): boolean {
  return a.surname === b.surname && a.syllables.length === b.syllables.length && a.syllables.some((s, i) => s !== b.syllables[i] && a.known[i] && b.known[i]);
}

/** A name key run together ("kimpyongil") read as a Korean name: a known surname, then up to three known syllables. */
function koreanKey(key: string, lex: Lexicon): KoreanName | undefined {
  for (let len = Math.min(5, key.length - 1); len >= 1; len--) {
    const surname = key.slice(0, len);
    if (!lex.koreanSurnames.has(surname)) continue;
    const found = koreanName([surname, key.slice(len)], lex);
    if (found?.known.every(Boolean)) return found;
  }
  return undefined;
}

/**
 * Whether a name typed by a user may be taken for a stored name key found by
 * similarity: never when both are Korean names a known syllable apart ("Pak
 * Myong Su" is not a misspelling of "Pak Chol Su"); a misspelled syllable
 * ("Pak Chlo Su") or another romanization ("Park Cheol Su") may be.
 */
export function mayBeMisspelling(typed: string, candidateKey: string, lex: Lexicon): boolean {
  const a = koreanName(nameParts(typed), lex);
  const b = a ? koreanKey(candidateKey, lex) : undefined;
  return !a || !b || !differentKoreanNames(a, b);
}

// "known only by the surname Pak", "a woman surnamed Ri": the surname is all the text gives of someone
const SURNAME_ONLY = /(?:family name|surnamed?|last name|identified only (?:as|by))[,:]?\s*$/i;

/** What a document's people become once names that cannot be one person are kept apart. */
export interface KeptApart {
  people: PersonEntity[];
  /** The person an event now belongs to, from its old person and its evidence. */
  personOf(event: EventMention, evidence: Span[]): number | undefined;
}

interface Group { surfaces: string[]; mentions: Span[]; korean?: KoreanName }

const surfaceOf = (text: string, m: Span): string => text.slice(m.start, m.end);

/**
 * The groups one person's mentions fall into: one per Korean full name that
 * differs from the others (rule 1), and a bare Korean surname the text
 * calls someone's only name, before any full name of the person
 * ("known only by the surname Pak", and only later "Pak Chol Su":
 * rule 2). Every other mention stays with the
 * group of the person's name.
 */
function groupsOf(p: PersonEntity, text: string, lex: Lexicon): Group[] {
  const main: Group = { surfaces: [], mentions: [], korean: koreanName(nameParts(p.name), lex) };
  if (!main.korean) return [{ surfaces: [p.name, ...p.aliases], mentions: p.mentions }];
  const groups: Group[] = [main];
  const firstFull = Math.min(...p.mentions.filter((m) => nameParts(surfaceOf(text, m)).length > 1).map((m) => m.start));
  let early: Group | undefined;
  for (const m of p.mentions) {
    const surface = surfaceOf(text, m);
    const parts = nameParts(surface);
    const korean = koreanName(parts, lex);
    let home = main;
    if (korean) home = groups.find((g) => g.korean && !differentKoreanNames(g.korean, korean)) ?? (groups[groups.push({ surfaces: [], mentions: [], korean }) - 1]);
    else if (parts.length === 1 && m.start < firstFull && lex.koreanSurnames.get(parts[0])?.toLowerCase() === main.korean.surname
      && SURNAME_ONLY.test(text.slice(Math.max(0, m.start - 40), m.start))) home = early ??= groups[groups.push({ surfaces: [], mentions: [] }) - 1];
    home.mentions.push(m);
    if (!home.surfaces.includes(surface)) home.surfaces.push(surface);
  }
  return groups.filter((g) => g.mentions.length);
}

/** A person made of some of another's mentions: the fullest surface is the name. */
function personOf(g: Group, titles: string[]): PersonEntity {
  const name = [...g.surfaces].sort((a, b) => nameParts(b).length - nameParts(a).length || g.surfaces.indexOf(a) - g.surfaces.indexOf(b))[0];
  return { name, aliases: g.surfaces.filter((s) => s !== name), mentions: [...g.mentions].sort((a, b) => a.start - b.start), titles };
}

/**
 * Keeps apart, inside one document, the people the extraction joined
 * against these rules; the knowledge base applies it to every record before
 * storing it. A person whose mentions fall in one group is unchanged. An
 * event of a split person goes to the new person when its evidence names
 * them and not the person it had; a post goes with the mention that carried it.
 */
export function keepApart(people: PersonEntity[], names: NameMention[], text: string, lex: Lexicon): KeptApart {
  const out: PersonEntity[] = [];
  const parts = new Map<number, { index: number; mentions: Span[] }[]>();
  people.forEach((p, i) => {
    const groups = groupsOf(p, text, lex);
    const home = groups.find((g) => g.surfaces.includes(p.name)) ?? groups[0];
    const ordered = [home, ...groups.filter((g) => g !== home)];
    const titleOf = (g: Group) => [...new Set(names.filter((m) => m.entity === i && m.kind === "person" && m.title && g.mentions.some((x) => x.start === m.start))
      .map((m) => m.title!.toLowerCase()))];
    if (ordered.length === 1) { parts.set(i, [{ index: out.push(p) - 1, mentions: p.mentions }]); return; }
    const taken = new Set(ordered.slice(1).flatMap(titleOf));
    parts.set(i, ordered.map((g, k) => ({
      index: out.push(personOf(g, k === 0 ? p.titles.filter((t) => !taken.has(t) || titleOf(g).includes(t)) : titleOf(g))) - 1,
      mentions: g.mentions,
    })));
  });
  const inside = (evidence: Span[], m: Span) => evidence.some((e) => e.start <= m.start && m.end <= e.end);
  return {
    people: out,
    personOf(event, evidence) {
      if (event.person === undefined) return undefined;
      const split = parts.get(event.person)!;
      if (split.length === 1) return split[0].index;
      if (split[0].mentions.some((m) => inside(evidence, m))) return split[0].index;
      return (split.find((s) => s.mentions.some((m) => inside(evidence, m))) ?? split[0]).index;
    },
  };
}
