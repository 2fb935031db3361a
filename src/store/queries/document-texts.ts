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
