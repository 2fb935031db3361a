import { z } from "zod";

/** The largest id or offset a query reaches the database with: PostgreSQL's integer (offset=1e20 was a 500, issue 13). */
export const MAX_INT = 2 ** 31 - 1;

/** Query fields of every paginated list. */
export const PAGE_QUERY = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe("at most this many items (1-500, default 50)"),
  // past any list's end: an empty page (offset=1e20 reached the database and was a 500)
  offset: z.coerce.number().int().min(0).default(0).transform((n) => Math.min(n, MAX_INT)).describe("skip this many items first"),
};

/** A page request as validated. */
export interface PageRequest { limit: number; offset: number }

/** The JSON of a page of some items. */
export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).strict();

/** A page cut from a whole list, each item presented. */
export function presentPage<T, J>(all: T[], page: PageRequest, present: (item: T) => J): { items: J[]; total: number; limit: number; offset: number } {
  return { items: all.slice(page.offset, page.offset + page.limit).map(present), total: all.length, limit: page.limit, offset: page.offset };
}

/** A page a service cut itself (a log read newest first), each item presented. */
export const presentCutPage = <T, J>(cut: { items: T[]; total: number }, page: PageRequest, present: (item: T) => J): { items: J[]; total: number; limit: number; offset: number } =>
  ({ items: cut.items.map(present), total: cut.total, limit: page.limit, offset: page.offset });

/** A numeric id in a path. */
export const ID_PARAMS = z.object({ id: z.coerce.number().int().min(1).describe("a numeric id") }).strict();

/** An ISO date prefix at the precision the text gave: 2019, 2019-09 or 2019-09-04. */
export const partialDate = z.string().describe("YYYY, YYYY-MM or YYYY-MM-DD");

/** A span of a document's text (end exclusive, JavaScript string indices) and the words it covers. */
export const QuotedJson = z.object({ start: z.number().int(), end: z.number().int(), text: z.string().nullable() }).strict();

/** Every error: a stable code and a message. */
export const ErrorJson = z.object({ error: z.object({ code: z.string(), message: z.string() }).strict() }).strict();

/** What a source says of an event: its dates, place, who says so and how sure. */
export const EVENT_FACT_FIELDS = {
  occurred: partialDate.nullable().describe("null when the text does not date the event"),
  disclosed: partialDate.nullable(),
  place: z.string().nullable(),
  attribution: z.string().nullable(),
  certainty: z.string(),
};
