import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { cachedView } from "./cached-view.js";
import { allEvents } from "./list-events.js";
import { median } from "./partial-date.js";

/** The year of events no source dates, in eventsByTypeAndYear. */
export const UNDATED = "undated";

/** Counts across the knowledge base. */
export interface KbStats {
  documents: number;
  people: number;
  events: number;
  /** Events by type and the year they occurred ("undated" when no source dates them), by type then year. */
  eventsByTypeAndYear: { type: string; year: string; events: number }[];
  /** Median days from an event to the disclosure a source states, over events where both are known to the month. */
  medianLagDays: number | null;
  eventsWithLag: number;
  /** Median days from an event to its first report (publication), over events dated to the month: not a disclosure lag. */
  medianReportLagDays: number | null;
  eventsWithReportLag: number;
}

/** Documents, people and events counted, events by type and year, and the median disclosure lag (built once per version of the data). */
export const kbStats = (db: Kysely<Database>): Promise<KbStats> => cachedView(db, "stats", () => countAll(db));

async function countAll(db: Kysely<Database>): Promise<KbStats> {
  const documents = await db.selectFrom("documents").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const people = await db
    .selectFrom("doc_people")
    .select((eb) => eb.fn.count<number>(eb.fn.coalesce("person_id", "id")).distinct().as("n"))
    .executeTakeFirstOrThrow();
  const events = await allEvents(db);
  const counts = new Map<string, { type: string; year: string; events: number }>();
  for (const e of events) {
    const year = e.occurred?.slice(0, 4) ?? UNDATED;
    const entry = counts.get(`${e.type}\u0000${year}`) ?? { type: e.type, year, events: 0 };
    entry.events++;
    counts.set(`${e.type}\u0000${year}`, entry);
  }
  const lags = events.map((e) => e.lagDays).filter((l): l is number => l !== null);
  const reportLags = events.map((e) => e.reportLagDays).filter((l): l is number => l !== null);
  return {
    documents: Number(documents.n),
    people: Number(people.n),
    events: events.length,
    eventsByTypeAndYear: [...counts.values()].sort((a, b) => a.type.localeCompare(b.type) || a.year.localeCompare(b.year)),
    medianLagDays: median(lags),
    eventsWithLag: lags.length,
    medianReportLagDays: median(reportLags),
    eventsWithReportLag: reportLags.length,
  };
}
