import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { loadEventRows } from "./event-rows.js";
import { summarizeEvents, type EventSummary } from "./event-summary.js";

/** Which events to list: of one type, of one knowledge-base person. */
export interface EventFilter {
  type?: string;
  person?: number;
}

/** The ids of the events that happened to some people (any source linking them counts). */
export async function eventsOfPeople(db: Kysely<Database>, people: number[]): Promise<number[]> {
  return [...new Set((await loadEventRows(db, { people })).map((r) => r.event))];
}

/** Knowledge-base events, one per event id, in id order. */
export async function listEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<EventSummary[]> {
  const events = filter.person === undefined ? undefined : await eventsOfPeople(db, [filter.person]);
  return summarizeEvents(await loadEventRows(db, { events, type: filter.type }));
}
