import { z } from "zod";
import type { KbStats, SearchFound } from "../../services/reading/kb-queries.js";
import { EventJson, presentEvent } from "./events.js";
import { partialDate } from "./common.js";

/** Counts across the knowledge base. */
export const StatsJson = z.object({
  documents: z.number().int(),
  people: z.number().int(),
  events: z.number().int(),
  eventsByTypeAndYear: z.array(z.object({ type: z.string(), year: z.string().describe("YYYY, or undated when no source dates the events"), events: z.number().int() }).strict()),
  medianLagDays: z.number().nullable().describe("median days from an event to the disclosure a source states"),
  eventsWithLag: z.number().int(),
  medianReportLagDays: z.number().nullable().describe("median days from an event to its first report (publication date), not a disclosure"),
  eventsWithReportLag: z.number().int(),
}).strict();

export const presentStats = (s: KbStats): z.infer<typeof StatsJson> => ({
  documents: s.documents,
  people: s.people,
  events: s.events,
  eventsByTypeAndYear: s.eventsByTypeAndYear.map((r) => ({ type: r.type, year: r.year, events: r.events })),
  medianLagDays: s.medianLagDays,
  eventsWithLag: s.eventsWithLag,
  medianReportLagDays: s.medianReportLagDays,
  eventsWithReportLag: s.eventsWithReportLag,
});

/** What a search found; matched words in a snippet are marked « ». */
export const SearchJson = z.object({
  people: z.array(z.object({ id: z.number().int(), name: z.string(), snippet: z.string() }).strict()),
  documents: z.array(z.object({
    id: z.number().int(), document: z.string(), title: z.string().nullable(), published: partialDate.nullable(), snippet: z.string(),
  }).strict()),
  person: z.number().int().nullable().describe("the person the words name by another spelling (romanization, hyphens, misspelling), as show finds them"),
  events: z.array(EventJson).describe("that person's events"),
}).strict();

export const presentSearch = (r: SearchFound): z.infer<typeof SearchJson> => ({
  person: r.person,
  events: r.events.map(presentEvent),
  people: r.people.map((p) => ({ id: p.id, name: p.name, snippet: p.snippet })),
  documents: r.documents.map((d) => ({ id: d.id, document: d.document, title: d.title, published: d.published, snippet: d.snippet })),
});
