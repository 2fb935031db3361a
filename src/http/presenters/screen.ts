import { z } from "zod";
import type { ScreenResult } from "../../services/reading/screen-article.js";
import { partialDate } from "./common.js";

/** What screening an article found: its people as the knowledge base knows them, its events held against the knowledge base's. */
export const ScreenJson = z.object({
  people: z.array(z.object({
    name: z.string(), aliases: z.array(z.string()),
    known: z.object({ id: z.number().int(), name: z.string(), via: z.string().describe("the spelling that found them") }).strict().nullable(),
  }).strict()),
  events: z.array(z.object({
    type: z.string(), who: z.string().nullable(), occurred: partialDate.nullable(), quote: z.string(),
    status: z.enum(["new", "confirms", "contradicts"]),
    event: z.object({ id: z.number().int(), occurred: partialDate.nullable() }).strict().nullable().describe("the knowledge-base event confirmed or contradicted"),
  }).strict()),
}).strict();

export const presentScreen = (r: ScreenResult): z.infer<typeof ScreenJson> => ({
  people: r.people.map((p) => ({ name: p.name, aliases: p.aliases, known: p.known && { id: p.known.id, name: p.known.name, via: p.known.via } })),
  events: r.events.map((e) => ({ type: e.type, who: e.who, occurred: e.occurred, quote: e.quote, status: e.status, event: e.event && { id: e.event.id, occurred: e.event.occurred } })),
});
