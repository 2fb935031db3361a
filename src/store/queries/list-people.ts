import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { canonicalName } from "./canonical-name.js";
import { builtView, cachedView } from "./cached-view.js";
import { inClusters } from "../cluster-members.js";
import type { EventSummary } from "./event-summary.js";
import { CHUNK, inChunks } from "./in-chunks.js";
import { byFrequency, stringList } from "../json-list.js";
import { allEvents } from "./list-events.js";
import { groupByPerson, loadPersonRows, type PersonRow } from "./person-rows.js";
import { documentCount, documentIds, documentRefs, independentCount } from "./sources.js";

/** A knowledge-base person, as the list of people shows them. */
export interface PersonSummary {
  id: number;
  name: string;
  aliases: string[];
  /** URL of each document naming them, or its file path when it has no URL. */
  documents: string[];
  /** Ids of those documents (two documents may share a URL). */
  documentIds: number[];
  titles: string[];
  /** Types of the events that happened to them, most frequent first. */
  events: string[];
  /** Countries where their events took place. */
  countries: string[];
  /** Dates of their earliest and latest dated events. */
  first: string | null;
  last: string | null;
  documentCount: number;
  independentSources: number;
}

/** One person's summary from their doc_people rows and the events that happened to them. */
export function summarizePerson(rows: PersonRow[], events: EventSummary[]): PersonSummary {
  const dates = events.map((e) => e.occurred).filter((d): d is string => d !== null).sort();
  return {
    id: rows[0].person,
    ...canonicalName(rows),
    documents: documentRefs(rows),
    documentIds: documentIds(rows),
    titles: byFrequency(rows.flatMap((r) => r.titles)),
    events: byFrequency(events.map((e) => e.type)),
    countries: byFrequency(events.flatMap((e) => e.places)),
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
    documentCount: documentCount(rows),
    independentSources: independentCount(rows),
  };
}

async function summarizePeople(db: Kysely<Database>, people?: number[]): Promise<PersonSummary[]> {
  const rows = await loadPersonRows(db, people);
  const eventsOf = new Map<number, EventSummary[]>();
  for (const e of await allEvents(db)) {
    if (e.person === null) continue;
    const list = eventsOf.get(e.person);
    if (list) list.push(e);
    else eventsOf.set(e.person, [e]);
  }
  return [...groupByPerson(rows)].map(([id, group]) => summarizePerson(group, eventsOf.get(id) ?? []));
}

/** Every knowledge-base person (or only those given), one entry per person id, in id order. */
export async function listPeople(db: Kysely<Database>, people?: number[]): Promise<PersonSummary[]> {
  if (people) return summarizePeople(db, people);
  return [...(await cachedView(db, "people", () => summarizePeople(db)))];
}

/** Names and aliases of doc_people rows by person: the name needs no document, so none is read. */
async function nameRows(db: Kysely<Database>, people?: number[]): Promise<{ id: number; person: number; name: string; aliases: string[] }[]> {
  const query = (chunk?: number[]) => db.selectFrom("doc_people")
    .select((eb) => ["id", "name", "aliases", eb.fn.coalesce("person_id", "id").as("person")])
    // person_id IN (…), or a row not yet resolved whose own id is asked for: written out so the indexes serve it
    .$if(chunk !== undefined, (qb) => qb.where((eb) => inClusters(eb, "person_id", "id", chunk!)))
    .execute();
  const rows = people ? await inChunks(people, query) : await query();
  return rows.map((r) => ({ id: r.id, person: r.person, name: r.name, aliases: stringList(r.aliases) }));
}

const namesOf = async (db: Kysely<Database>, people?: number[]): Promise<Map<number, string>> =>
  new Map([...groupByPerson(await nameRows(db, people))].map(([id, group]) => [id, canonicalName(group).name]));

/**
 * The name each knowledge-base person goes by, by person id: of some people,
 * or of everyone (built once per version of the data; more than a few hundred
 * people are looked up there too).
 */
export async function personNames(db: Kysely<Database>, people?: number[]): Promise<ReadonlyMap<number, string>> {
  if (people && people.length <= CHUNK) {
    // every name is at hand once a page has built them all; else only these people's rows are read (a Kim named in 2,000 articles: 2,000 rows)
    const all = await builtView<ReadonlyMap<number, string>>(db, "person-names");
    return all ? new Map(people.flatMap((id) => (all.has(id) ? [[id, all.get(id)!] as const] : []))) : namesOf(db, people);
  }
  return cachedView(db, "person-names", () => namesOf(db));
}
