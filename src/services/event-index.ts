import type { Store } from "../store/open-store.js";
import { cachedView } from "../store/queries/cached-view.js";
import type { EventSummary } from "../store/queries/event-summary.js";
import { listEvents } from "../store/queries/list-events.js";
import { personNames } from "../store/queries/list-people.js";
import { byOccurred } from "../store/queries/timeline.js";

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
  id: e.id, type: e.type, person: e.person, actor: e.actor, occurred: e.occurred, occurredStated: e.occurredStated, disclosed: e.disclosed,
  firstReported: e.firstReported, places: e.places, certainty: e.certainty, attributions: e.attributions, documents: e.documents,
  documentIds: e.documentIds, sources: e.sources, independentSources: e.independentSources, lagDays: e.lagDays, personName,
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

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The words of every event (type, person, actor, places, attributions) folded, in id order, in one string: "\u0000" ends each. */
interface EventText { events: readonly EventListEntry[]; text: string; starts: Int32Array }

const eventText = (store: Store): Promise<EventText> =>
  cachedView(store.db, "event-text", async () => {
    const events = await namedEvents(store);
    const starts = new Int32Array(events.length);
    const parts: string[] = [];
    let at = 0;
    events.forEach((e, i) => {
      starts[i] = at;
      const words = fold([e.type, e.personName, e.actor, ...e.places, ...e.attributions].filter(Boolean).join(" ")).replace(/\u0000/g, "") + "\u0000";
      parts.push(words);
      at += words.length;
    });
    return { events, text: parts.join(""), starts };
  });

/** The event whose words cover position `at` of the text (the last start at or before it). */
function eventAt(starts: Int32Array, at: number): number {
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Events whose type, person, actor, places or attribution contain every
 * word (ignoring case and accents), in id order: the first `limit`. The
 * longest word (the rarest, likely) is found with indexOf in one string; the
 * others are checked in the words of the events it finds.
 */
export async function eventsMatching(store: Store, text: string, limit: number): Promise<EventListEntry[]> {
  const [first, ...rest] = fold(text).replace(/\u0000/g, "").split(/\s+/).filter(Boolean).sort((a, b) => b.length - a.length);
  if (!first) return [];
  const { events, text: all, starts } = await eventText(store);
  const found: EventListEntry[] = [];
  for (let at = all.indexOf(first); at >= 0 && found.length < limit;) {
    const i = eventAt(starts, at);
    const end = i + 1 < starts.length ? starts[i + 1] : all.length;
    const words = all.slice(starts[i], end);
    if (rest.every((w) => words.includes(w))) found.push(events[i]);
    at = all.indexOf(first, end);
  }
  return found;
}
