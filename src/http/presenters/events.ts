import { z } from "zod";
import type { EventListEntry } from "../../services/reading/kb-queries.js";
import { partialDate } from "./common.js";

/** A knowledge-base event: what its sources agree on. */
export const EventJson = z.object({
  id: z.number().int(),
  type: z.string(),
  person: z.number().int().nullable().describe("the person it happened to, or null when no source names them"),
  personName: z.string().nullable(),
  actor: z.string().nullable().describe("who, when no person is named"),
  occurred: partialDate.nullable().describe("null when no source dates the event (undated; see firstReported)"),
  disclosed: partialDate.nullable().describe("when a source says it was made public"),
  firstReported: partialDate.nullable().describe("the earliest publication date among its sources: when it was first reported, not when it happened"),
  places: z.array(z.string()),
  certainty: z.string().describe("confirmed, reported, alleged or denied"),
  attributions: z.array(z.string()),
  documents: z.array(z.string()),
  documentIds: z.array(z.number().int()),
  sources: z.number().int(),
  independentSources: z.number().int(),
  lagDays: z.number().int().nullable().describe("days from the event to the disclosure a source states"),
  reportLagDays: z.number().int().nullable().describe("days from the event to its first report"),
  reportedDates: z.array(partialDate).describe("every date the sources give, when they give more than one"),
  corrected: z.array(z.string()).describe("the properties an analyst set (occurred, type, person, place): their values stand over the sources'"),
  review: z.enum(["pending", "accepted"]).describe("accepted when an analyst accepted or corrected it"),
}).strict();

export const presentEvent = (e: EventListEntry): z.infer<typeof EventJson> => ({
  id: e.id, type: e.type, person: e.person, personName: e.personName, actor: e.actor, occurred: e.occurred,
  disclosed: e.disclosed, firstReported: e.firstReported, places: e.places, certainty: e.certainty, attributions: e.attributions,
  documents: e.documents, documentIds: e.documentIds, sources: e.sources, independentSources: e.independentSources, lagDays: e.lagDays, reportLagDays: e.reportLagDays,
  reportedDates: e.reportedDates, corrected: e.corrected, review: e.review === "accepted" ? "accepted" : "pending",
});
