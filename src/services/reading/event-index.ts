import type { Store } from "../../store/open-store.js";
import { cachedView } from "../../store/queries/cached-view.js";
import type { EventSummary } from "../../store/queries/event-summary.js";
import { listEvents } from "../../store/queries/list-events.js";
import { personNames } from "../../store/queries/list-people.js";
import { searchWords } from "../../store/queries/text-snippet.js";
import { byOccurred } from "../../store/queries/timeline.js";

/**
 * Every event of the knowledge base with its person's name, and what the
 * timeline filters by, laid out once per version of the data (cachedView) so
 * that a request touches only the events it shows: a filter reads small
 * arrays (type code, year, country lists), not 50,000 objects.
 */

/** An event with the name of its person, for reading. */
export type EventListEntry = EventSummary & { personName: string | null };

/** Which events a timeline shows: of a type, in a country, occurring within some years (undated events then drop out). */
export interface TimelineFilter {
  type?: string;
  country?: string;
  from?: number;
  to?: number;
}

/** The events a timeline filter picks, in the order they happened, and the dated ones among them. */
export interface TimelineSelection {
  events: EventListEntry[];
  dated: EventListEntry[];
  /** Types of the dated events, in order of first appearance. */
  datedTypes: string[];
}

interface TimelineIndex {
  /** Every event in the order it happened, undated last. */
  events: readonly EventListEntry[];
  /** Per event (same order): a code into `types`, the year it occurred (NaN when undated). */
  typeCode: Uint16Array;
  types: string[];
  year: Float64Array;
  /** Positions of the events in each country (lower case), ascending. */
  byCountry: Map<string, Int32Array>;
  /** Every country as written, sorted. */
  countries: string[];
}

/**
 * Every field written out, not `{ ...e, personName }`: V8 gave each of
 * 50,000 spread copies a hidden class of its own, and every later read of a
 * field then took a microsecond (50 ms to look at each event once).
 */
const named = (e: EventSummary, personName: string | null): EventListEntry => ({
  id: e.id, type: e.type, person: e.person, actor: e.actor, occurred: e.occurred, disclosed: e.disclosed,
  firstReported: e.firstReported, places: e.places, certainty: e.certainty, attributions: e.attributions, documents: e.documents,
  documentIds: e.documentIds, sources: e.sources, independentSources: e.independentSources, lagDays: e.lagDays, reportLagDays: e.reportLagDays,
  reportedDates: e.reportedDates, corrected: e.corrected, review: e.review, personName,
});

/** Events with the names of their people (a person named in many events is looked up once). */
export async function withNames(store: Store, events: readonly EventSummary[]): Promise<EventListEntry[]> {
  const people = [...new Set(events.map((e) => e.person).filter((p): p is number => p !== null))];
  const names = await personNames(store.db, people);
  return events.map((e) => named(e, e.person === null ? null : (names.get(e.person) ?? null)));
}

/** Every event with its person's name, in id order; do not change it. */
export const namedEvents = (store: Store): Promise<readonly EventListEntry[]> =>
  cachedView(store.db, "named-events", async () => withNames(store, await listEvents(store.db)));

function buildIndex(named: readonly EventListEntry[]): TimelineIndex {
  const events = [...named].sort(byOccurred);
  const codes = new Map<string, number>();
  const typeCode = new Uint16Array(events.length);
  const year = new Float64Array(events.length);
  const positions = new Map<string, number[]>();
  const countries = new Set<string>();
  events.forEach((e, i) => {
    if (!codes.has(e.type)) codes.set(e.type, codes.size);
    typeCode[i] = codes.get(e.type)!;
    year[i] = e.occurred ? Number(e.occurred.slice(0, 4)) : NaN;
    for (const place of new Set(e.places.map((p) => p.toLowerCase()))) positions.set(place, [...(positions.get(place) ?? []), i]);
    for (const place of e.places) countries.add(place);
  });
  const byCountry = new Map([...positions].map(([c, at]) => [c, Int32Array.from(at)]));
  return { events, typeCode, types: [...codes.keys()], year, byCountry, countries: [...countries].sort() };
}

const timelineIndex = (store: Store): Promise<TimelineIndex> =>
  cachedView(store.db, "timeline-index", async () => buildIndex(await namedEvents(store)));

/** The events a filter picks (type and country ignore case), in the order they happened. */
export async function timelineSelection(store: Store, filter: TimelineFilter = {}): Promise<TimelineSelection> {
  const index = await timelineIndex(store);
  const { from, to } = filter;
  const type = filter.type === undefined ? -1 : index.types.indexOf(filter.type.toLowerCase());
  if (type < 0 && filter.type !== undefined) return { events: [], dated: [], datedTypes: [] };
  const candidates = filter.country === undefined ? undefined : (index.byCountry.get(filter.country.toLowerCase()) ?? new Int32Array());
  const selection: TimelineSelection = { events: [], dated: [], datedTypes: [] };
  const datedTypes = new Set<number>();
  const count = candidates ? candidates.length : index.events.length;
  for (let k = 0; k < count; k++) {
    const i = candidates ? candidates[k] : k;
    const y = index.year[i];
    if ((type >= 0 && index.typeCode[i] !== type) || (from !== undefined && !(y >= from)) || (to !== undefined && !(y <= to))) continue;
    selection.events.push(index.events[i]);
    if (Number.isNaN(y)) continue;
    selection.dated.push(index.events[i]);
    datedTypes.add(index.typeCode[i]);
  }
  selection.datedTypes = [...datedTypes].map((c) => index.types[c]);
  return selection;
}

/** The countries events took place in, as written, sorted (what a timeline can be filtered by). */
export const eventCountries = async (store: Store): Promise<readonly string[]> => (await timelineIndex(store)).countries;

/**
 * The words of every event (type, person, actor, places, attributions),
 * folded, and for each word the events that have it: a search reads the
 * events of its rarest word, not the text of every event.
 */
interface EventWords {
  events: readonly EventListEntry[];
  /** Every distinct word, sorted (words with a common start stand together). */
  words: string[];
  /** Per word (same order): the positions of the events that have it, ascending. */
  postings: Int32Array[];
  /** Per event: its words, each after a space (" execution ri sun hui"), to check a word's start with includes. */
  wordsOf: string[];
}

const eventWords = (store: Store): Promise<EventWords> =>
  cachedView(store.db, "event-words", async () => {
    const events = await namedEvents(store);
    const positions = new Map<string, number[]>();
    const wordsOf = events.map((e, i) => {
      const words = [...new Set(searchWords([e.type, e.personName, e.actor, ...e.places, ...e.attributions].filter(Boolean).join(" ")))];
      for (const w of words) {
        const at = positions.get(w);
        if (at) at.push(i);
        else positions.set(w, [i]);
      }
      return words.map((w) => ` ${w}`).join("");
    });
    const words = [...positions.keys()].sort();
    return { events, words, postings: words.map((w) => Int32Array.from(positions.get(w)!)), wordsOf };
  });

/** The first position in the sorted `words` at or after `word`. */
function lowerBound(words: string[], word: string): number {
  let [lo, hi] = [0, words.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Above this many events for its rarest word, a search reads the events in order instead of sorting their positions. */
const SORT_AT_MOST = 4096;

/**
 * The positions, ascending, of the events that may match: those having a
 * word that starts with the query word whose words are in fewest events;
 * every position when even that is common ("k" starts most names).
 */
function candidates(index: EventWords, query: string[]): ArrayLike<number> | undefined {
  let best: Int32Array[] | undefined;
  let bestCount = Infinity;
  for (const q of query) {
    const lists = index.postings.slice(lowerBound(index.words, q), lowerBound(index.words, `${q}\uffff`));
    const count = lists.reduce((n, l) => n + l.length, 0);
    if (count < bestCount) [best, bestCount] = [lists, count];
  }
  if (!best || bestCount === 0) return new Int32Array();
  if (best.length === 1) return best[0];
  if (bestCount > SORT_AT_MOST) return undefined;
  const all = new Int32Array(bestCount);
  best.reduce((at, l) => (all.set(l, at), at + l.length), 0);
  return all.sort();
}

/**
 * Events with, for every query word, a word starting with it (ignoring
 * case and accents: "ri sun hui execution", "Kim Jong-"), in id order:
 * the first `limit`.
 */
export async function eventsMatching(store: Store, text: string, limit: number): Promise<EventListEntry[]> {
  const query = searchWords(text);
  if (!query.length) return [];
  const index = await eventWords(store);
  const picked = candidates(index, query);
  const count = picked ? picked.length : index.events.length;
  const found: EventListEntry[] = [];
  for (let k = 0, last = -1; k < count && found.length < limit; k++) {
    const i = picked ? picked[k] : k;
    if (i === last) continue;
    last = i;
    if (query.every((q) => index.wordsOf[i].includes(` ${q}`))) found.push(index.events[i]);
  }
  return found;
}
