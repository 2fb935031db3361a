import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import type { EventSummary } from "./event-summary.js";
import { listEvents, type EventFilter } from "./list-events.js";
import { firstDay, precisionOf } from "./partial-date.js";

/** Order by date: earlier first, a year before its months, undated events last, then by id. */
export function byOccurred(a: EventSummary, b: EventSummary): number {
  if (!a.occurred || !b.occurred) return Number(!a.occurred) - Number(!b.occurred) || a.id - b.id;
  return firstDay(a.occurred) - firstDay(b.occurred) || precisionOf(a.occurred) - precisionOf(b.occurred) || a.id - b.id;
}

/** Every event (of a type, of a person) in the order it happened. */
export async function timeline(db: Kysely<Database>, filter: EventFilter = {}): Promise<EventSummary[]> {
  return (await listEvents(db, filter)).sort(byOccurred);
}
