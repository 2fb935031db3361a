import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { inChunks } from "./in-chunks.js";

/** The stored text of some documents, by id: every span points into it. */
export async function documentTexts(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const query = (chunk: number[]) => db.selectFrom("documents").select(["id", "text"]).where("id", "in", chunk).execute();
  const rows = await inChunks([...new Set(ids)], query);
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** The words a span covers: `text.slice(start, end)`, or null when the text is missing or the span falls outside it. */
export function quoteOf(text: string | undefined, start: number, end: number): string | null {
  if (text === undefined || start < 0 || end > text.length || start > end) return null;
  return text.slice(start, end);
}

/**
 * The evidence quote of some doc_events rows, by row id, without reading
 * whole documents: SQL gives the text up to the span's end and JavaScript
 * slices it. The head is `end` characters (code points), which covers at
 * least `end` JavaScript indices (UTF-16 units), so the slice is exact even
 * after characters outside the Basic Multilingual Plane.
 */
export async function evidenceQuotes(db: Kysely<Database>, eventRowIds: number[]): Promise<Map<number, string | null>> {
  if (!eventRowIds.length) return new Map();
  const query = (chunk: number[]) => db.selectFrom("doc_events as e").innerJoin("documents as d", "d.id", "e.document_id")
    .select((eb) => ["e.id", "e.start", "e.end", eb.fn<string | null>("substr", ["d.text", eb.val(1), "e.end"]).as("head")])
    .where("e.id", "in", chunk).execute();
  const rows = await inChunks([...new Set(eventRowIds)], query);
  return new Map(rows.map((r) => [r.id, quoteOf(r.head ?? undefined, r.start, r.end)]));
}
