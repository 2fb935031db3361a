import { eventTypes } from "../../model/schema.js";
import { lexicon } from "../../nlp/lexicon.js";
import { resolutionKeys } from "../../resolve/resolution-keys.js";
import type { Store } from "../../store/open-store.js";
import { listEvents } from "../../store/queries/list-events.js";
import { personNames } from "../../store/queries/list-people.js";
import { datesAgree } from "../../store/queries/partial-date.js";
import { extractInline } from "../extraction/extraction-pool.js";
import { personByName } from "./kb-queries.js";

/** A person the article names, and the person of the knowledge base that is, found through any of their spellings. */
export interface ScreenedPerson {
  name: string;
  aliases: string[];
  /** The knowledge-base person, or null when it has none by any of these names. */
  known: { id: number; name: string; via: string } | null;
}

/** An event the article reports, held against what the knowledge base holds. */
export interface ScreenedEvent {
  type: string;
  who: string | null;
  occurred: string | null;
  quote: string;
  /**
   * new: the knowledge base has no such event of this person; confirms: it
   * has one of this type whose date agrees (or either is undated);
   * contradicts: it has one of a type that happens once, dated otherwise.
   */
  status: "new" | "confirms" | "contradicts";
  /** The knowledge-base event confirmed or contradicted, and its date. */
  event: { id: number; occurred: string | null } | null;
}

export interface ScreenResult { people: ScreenedPerson[]; events: ScreenedEvent[] }

/** The knowledge-base person a name in the article is, by its name or any alias (as show reads a name); the first spelling that finds one counts. */
async function knownAs(store: Store, spellings: string[]): Promise<ScreenedPerson["known"]> {
  for (const spelling of spellings.filter((s) => resolutionKeys(s, lexicon()).kind !== "single")) {
    const id = await personByName(store.db, spelling);
    if (id !== undefined) return { id, name: (await personNames(store.db, [id])).get(id) ?? spelling, via: spelling };
  }
  return null;
}

/**
 * Screens an article against the knowledge base without storing it: which
 * of its people the knowledge base knows (through every spelling: name and
 * aliases, romanizations, hyphens, misspellings, never a bare surname), and
 * which of its events are new, confirm what the knowledge base holds, or
 * contradict it. `store` is the reader's: only what they may see is matched.
 */
export async function screenArticle(store: Store, text: string, published?: string): Promise<ScreenResult> {
  const { record } = extractInline(text, published);
  const facts = (subject: number, prop: string) => record.facts.filter((f) => f.subject === subject && f.prop === prop);
  const people: ScreenedPerson[] = [];
  const personAt = new Map<number, ScreenedPerson>();
  for (const [i, kind] of record.subjects.entries()) {
    if (kind !== "person") continue;
    const [name] = facts(i, "name").map((f) => f.value);
    const aliases = facts(i, "alias").map((f) => f.value);
    const p: ScreenedPerson = { name, aliases, known: await knownAs(store, [name, ...aliases]) };
    people.push(p);
    personAt.set(i, p);
  }
  const types = eventTypes();
  const events: ScreenedEvent[] = [];
  for (const [i, kind] of record.subjects.entries()) {
    if (kind !== "event") continue;
    const [type] = facts(i, "type");
    const who = personAt.get(Number(facts(i, "person")[0]?.value.slice(1) ?? NaN));
    const occurred = facts(i, "occurred")[0]?.value ?? null;
    const quote = text.slice(type.spans[0].start, type.spans[0].end);
    const held = who?.known ? (await listEvents(store.db, { person: who.known.id, type: type.value })) : [];
    const agreeing = held.find((e) => !e.occurred || !occurred || datesAgree(e.occurred, occurred));
    const once = types.get(type.value)?.once ?? false;
    const status = agreeing ? "confirms" : once && held.length ? "contradicts" : "new";
    const event = agreeing ?? (status === "contradicts" ? held[0] : undefined);
    events.push({ type: type.value, who: who?.name ?? null, occurred, quote, status, event: event ? { id: event.id, occurred: event.occurred } : null });
  }
  return { people, events };
}
