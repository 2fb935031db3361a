import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import { lexicon } from "../../nlp/lexicon.js";
import { mayBeMisspelling } from "../../resolve/keep-apart.js";
import type { Database } from "../../store/database.js";
import type { Store } from "../../store/open-store.js";
import { findPerson } from "../../store/queries/find-person.js";
import { kbStats, type KbStats } from "../../store/queries/kb-stats.js";
import { listConflicts, type Conflict } from "../../store/queries/list-conflicts.js";
import { listEvents } from "../../store/queries/list-events.js";
import { listPeople, type PersonSummary } from "../../store/queries/list-people.js";
import { nameKey } from "../../store/names/name-key.js";
import { personPage, type PersonPage } from "../../store/queries/person-page.js";
import { personHits, searchKb, type SearchResults } from "../../store/queries/search-kb.js";
import { checkFilterValues } from "./filter-values.js";
import { namedEvents, timelineSelection, withNames, type EventListEntry, type TimelineFilter } from "./event-index.js";
import { personRank } from "./title-rank.js";

export { eventCountries, eventsMatching, timelineSelection, type EventListEntry, type TimelineFilter, type TimelineSelection } from "./event-index.js";

/**
 * The read use cases of the knowledge base: call a query, shape its result.
 * Every function takes an open Store; see withKnowledgeBase.
 */

export type { Conflict, KbStats, PersonPage, SearchResults };
export type { Evidence, PageEvent } from "../../store/queries/person-page.js";

export const PEOPLE_SORTS = ["name", "rank", "date", "sources"] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export interface PeopleFilter {
  /** Only people with an event of this type. */
  event?: string;
  /** Only people with an event in this country. */
  country?: string;
  sort?: PeopleSort;
  /** Only people with a name or alias containing these letters (ignoring case, accents, hyphens and spaces). */
  q?: string;
}

/** A person in a list, with the rank of their most senior post. */
export type PersonListEntry = PersonSummary & { rank: number };

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

const PEOPLE_ORDER: Record<PeopleSort, (a: PersonListEntry, b: PersonListEntry) => number> = {
  name: (a, b) => a.name.localeCompare(b.name) || a.id - b.id,
  rank: (a, b) => b.rank - a.rank || b.documentCount - a.documentCount || a.id - b.id,
  date: (a, b) => Number(!a.first) - Number(!b.first) || (a.first ?? "").localeCompare(b.first ?? "") || a.id - b.id,
  sources: (a, b) => b.independentSources - a.independentSources || b.documentCount - a.documentCount || a.id - b.id,
};

/** Every person (or those with an event of a type, or in a country), sorted; most independent sources first by default. */
export async function peopleList(store: Store, filter: PeopleFilter = {}): Promise<PersonListEntry[]> {
  const { event, country, sort = "sources" } = filter;
  await checkFilterValues(store, { type: { option: "--event", value: event }, country });
  // "%_'\\" folds to no letters at all: it names no one, rather than everyone.
  const q = filter.q ? nameKey(filter.q) : undefined;
  const people = (await listPeople(store.db))
    .filter((p) => !event || p.events.some((t) => same(t, event)))
    .filter((p) => !country || p.countries.some((c) => same(c, country)))
    .filter((p) => q === undefined || (q !== "" && [p.name, ...p.aliases].some((n) => nameKey(n).includes(q))))
    .map((p) => ({ ...p, rank: personRank(p.titles) }));
  return people.sort(PEOPLE_ORDER[sort]);
}

/** Similar names never bridge a syllable of a known Korean name (resolve/keep-apart.ts). */
const misspelled = (typed: string, key: string): boolean => mayBeMisspelling(typed, key, lexicon());

/** The person a name or id means (findPerson, Korean names a syllable apart kept apart), or undefined. */
export const personByName = (db: Kysely<Database>, nameOrId: string): Promise<number | undefined> => findPerson(db, nameOrId, misspelled);

/** The person a name or id means; entity_not_found when there is none. */
export async function resolvePerson(store: Store, nameOrId: string): Promise<number> {
  const id = await personByName(store.db, nameOrId);
  if (id === undefined) throw new DossierError("entity_not_found", `no person named "${nameOrId}" (see dossier people or dossier search)`);
  return id;
}

/** The page of a person named or numbered. */
export async function personDetail(store: Store, nameOrId: string): Promise<PersonPage> {
  const page = await personPage(store.db, await resolvePerson(store, nameOrId));
  if (!page) throw new DossierError("entity_not_found", `no person "${nameOrId}"`);
  return page;
}

/** Every event (or those of a type, or of a person named or numbered), in id order. */
export async function eventList(store: Store, filter: { type?: string; person?: string } = {}): Promise<EventListEntry[]> {
  await checkFilterValues(store, { type: { option: "--type", value: filter.type } });
  if (filter.type === undefined && filter.person === undefined) return [...(await namedEvents(store))];
  const person = filter.person === undefined ? undefined : await resolvePerson(store, filter.person);
  return withNames(store, await listEvents(store.db, { type: filter.type, person }));
}

/** Every event (or those a filter picks) in the order it happened, undated events last. */
export async function timelineList(store: Store, filter: TimelineFilter = {}): Promise<EventListEntry[]> {
  await checkFilterValues(store, { type: { option: "--type", value: filter.type }, country: filter.country });
  return (await timelineSelection(store, filter)).events;
}

/** What a search found: people, documents, and the events of a person it found by another spelling. */
export interface SearchFound extends SearchResults {
  /** The person the words name when the full-text index knew no such name (a romanization, hyphens, a misspelling), else null. */
  person: number | null;
  /** That person's events. */
  events: EventListEntry[];
}

/**
 * People and documents matching some words. When no name starts with them,
 * the words are read as a name the way `show` reads it ("Tae Yongho",
 * "Hwang Jang-yop", "Kim Jong Eun": personByName), and the person so found
 * comes with their documents and events.
 */
export async function searchKnowledgeBase(store: Store, text: string): Promise<SearchFound> {
  if (!text.trim()) throw new DossierError("usage", "search needs some words");
  const found = await searchKb(store.db, text);
  const person = found.people.length || /^\s*\d+\s*$/.test(text) ? undefined : await personByName(store.db, text);
  if (person === undefined) return { ...found, person: null, events: [] };
  const own = await personHits(store.db, person);
  const documents = [...own.documents, ...found.documents.filter((d) => !own.documents.some((o) => o.id === d.id))];
  return { people: own.people, documents, person, events: await withNames(store, await listEvents(store.db, { person })) };
}

/** Open contradictions between sources, with both quotes. */
export const conflictList = (store: Store): Promise<Conflict[]> => listConflicts(store.db);

/** Counts across the knowledge base. */
export const statsOf = (store: Store): Promise<KbStats> => kbStats(store.db);
