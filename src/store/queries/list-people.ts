import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { canonicalName } from "./canonical-name.js";
import { loadEventRows } from "./event-rows.js";
import { summarizeEvents, type EventSummary } from "./event-summary.js";
import { byFrequency } from "./json-list.js";
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

/** Every knowledge-base person (or only those given), one entry per person id, in id order. */
export async function listPeople(db: Kysely<Database>, people?: number[]): Promise<PersonSummary[]> {
  const rows = await loadPersonRows(db, people);
  const events = summarizeEvents(await loadEventRows(db));
  const eventsOf = new Map<number, EventSummary[]>();
  for (const e of events) if (e.person !== null) eventsOf.set(e.person, [...(eventsOf.get(e.person) ?? []), e]);
  return [...groupByPerson(rows)].map(([id, group]) => summarizePerson(group, eventsOf.get(id) ?? []));
}

/** The name each knowledge-base person goes by, by person id. */
export async function personNames(db: Kysely<Database>, people?: number[]): Promise<Map<number, string>> {
  const rows = await loadPersonRows(db, people);
  return new Map([...groupByPerson(rows)].map(([id, group]) => [id, canonicalName(group).name]));
}
