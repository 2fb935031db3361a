import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { cachedView } from "./cached-view.js";
import { eventIdsOfPeople, loadEventRows } from "./event-rows.js";
import { summarizeEvents, type EventSummary } from "./event-summary.js";

/** Which events to list: of one type, of one knowledge-base person. */
export interface EventFilter {
  type?: string;
  person?: number;
}

/** The ids of the events that happened to some people (any source linking them counts). */
export const eventsOfPeople = (db: Kysely<Database>, people: number[]): Promise<number[]> => eventIdsOfPeople(db, people);

/** Every knowledge-base event, in id order: built once per version of the data (see cachedView); do not change it. */
export const allEvents = (db: Kysely<Database>): Promise<readonly EventSummary[]> =>
  cachedView(db, "events", async () => summarizeEvents(await loadEventRows(db)));

/** Knowledge-base events, one per event id, in id order. */
export async function listEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<EventSummary[]> {
  if (filter.person === undefined && filter.type === undefined) return [...(await allEvents(db))];
  const events = filter.person === undefined ? undefined : await eventsOfPeople(db, [filter.person]);
  return summarizeEvents(await loadEventRows(db, { events, type: filter.type }));
}
