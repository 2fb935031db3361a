import type { Rng } from "../prng.js";
import { ADJUNCTS, FILLER_SENTENCES, OBJECTS, OPENERS, SUBJECTS, VERBS } from "../sentence-templates.js";
import type { ArticleRecord } from "./article-record.js";
import { dayOf, isoDay } from "./calendar.js";
import { BACKGROUND_SENTENCES, EVENT_HEADLINES, EVENT_SENTENCES } from "./event-sentences.js";
import { fillSlots, type SentenceContext } from "./fill-slots.js";
import { placeArticle } from "./outlets.js";
import { pickPerson, type PoolEvent, type PoolPerson } from "./people-pool.js";

// The bench's filler templates use {N} for a number; here {N} is a name.
const FILLERS = FILLER_SENTENCES.map((t) => t.replace(/\{N\}/g, "{N2}"));
const LAST_DAY = dayOf(2024, 12, 31);

const countWords = (text: string): number => text.split(/\s+/).length;

/** Most news comes within days of the event; some comes months or years later. */
function publicationDay(rng: Rng, event: number): number {
  const roll = rng.next();
  const delay = roll < 0.6 ? rng.int(0, 14) : roll < 0.9 ? rng.int(15, 365) : rng.int(366, 1800);
  return Math.min(event + delay, Math.max(event, LAST_DAY));
}

function contextFor(rng: Rng, people: readonly PoolPerson[], person: PoolPerson, published: number, event?: PoolEvent): SentenceContext {
  const name = person.spell(rng);
  // Korean and Chinese names put the surname first, as this article spells it ("Lee" for "Ri"); Western ones last.
  const surname = person.name.startsWith(`${person.short} `) ? name.split(" ")[0] : person.short;
  const short = rng.chance(0.25) ? `${person.female ? "Ms" : "Mr"} ${surname}` : surname;
  return { person, name, short, event, published, other: () => pickPerson(rng, people).spell(rng) };
}

/** "Meanwhile, the customs office in Sinuiju suspended new rules on cross-border trade in late May." */
function composed(rng: Rng, c: SentenceContext): string {
  const adjunct = rng.pick(ADJUNCTS);
  return fillSlots(`${rng.pick(OPENERS)}${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${adjunct ? ` ${adjunct}` : ""}.`, rng, { ...c, event: undefined });
}

/** The story of one more person of the pool, in one sentence with their full name. */
function sideStory(rng: Rng, people: readonly PoolPerson[], lead: PoolPerson, published: number): string {
  let person = pickPerson(rng, people);
  if (person === lead) person = people[(person.id + 1) % people.length];
  const event = rng.pick(person.events);
  const c = contextFor(rng, people, person, Math.max(published, event.day + 1), event);
  return fillSlots(rng.pick(EVENT_SENTENCES[event.type]), rng, c);
}

function fillerParagraph(rng: Rng, c: SentenceContext): string {
  const sentences: string[] = [];
  for (let i = rng.int(1, 4); i > 0; i--) sentences.push(rng.chance(0.55) ? fillSlots(rng.pick(FILLERS), rng, { ...c, event: undefined }) : composed(rng, c));
  return sentences.join(" ");
}

/** The lead's other events, told as background with their own dates ("He had been appointed … in 2012."). */
function history(rng: Rng, c: SentenceContext): string[] {
  return c.person.events
    .filter((e) => e !== c.event && e.day < c.published && rng.chance(0.6))
    .map((e) => fillSlots(rng.pick(EVENT_SENTENCES[e.type]).replace(/\{N\}/, "{S}"), rng, { ...c, event: e }));
}

/**
 * One article about a person of the pool: a headline, the event in the lead
 * paragraph, background, the person's earlier events, one or two other
 * people's stories, and filler, about `words` words in all.
 */
export function writeArticle(rng: Rng, people: readonly PoolPerson[], serial: number): ArticleRecord {
  const lead = pickPerson(rng, people);
  const event = rng.pick(lead.events);
  const published = publicationDay(rng, event.day);
  const c = contextFor(rng, people, lead, published, event);
  const title = fillSlots(rng.pick(EVENT_HEADLINES[event.type]), rng, c);
  const words = rng.int(150, 650);
  const paragraphs = [fillSlots(rng.pick(EVENT_SENTENCES[event.type]), rng, c)];
  paragraphs.push([fillSlots(rng.pick(BACKGROUND_SENTENCES), rng, { ...c, event: undefined }), ...history(rng, c)].join(" "));
  for (let i = rng.int(0, 2); i > 0; i--) paragraphs.push(sideStory(rng, people, lead, published));
  let total = countWords(paragraphs.join(" "));
  while (total < words) {
    const p = rng.chance(0.15) ? fillSlots(rng.pick(EVENT_SENTENCES[event.type]).replace(/\{N\}/, "{S}"), rng, c) : fillerParagraph(rng, c);
    paragraphs.splice(rng.int(2, paragraphs.length), 0, p);
    total += countWords(p);
  }
  const iso = isoDay(published);
  return { title, text: paragraphs.join("\n\n"), published: rng.chance(0.2) ? `${iso}T${String(rng.int(0, 23)).padStart(2, "0")}:00:00Z` : iso, ...placeArticle(rng, title, iso, serial) };
}
