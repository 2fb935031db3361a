import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { documentRef } from "./sources.js";

/** A document of the knowledge base, without its text. */
export interface DocumentSummary {
  id: number;
  /** Its URL, or the file path it was read from. */
  ref: string;
  url: string | null;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  copyOf: number | null;
}

/** Every document, in id order. */
export async function listDocuments(db: Kysely<Database>): Promise<DocumentSummary[]> {
  const rows = await db.selectFrom("documents").select(["id", "url", "source", "title", "outlet", "published", "copy_of"]).orderBy("id").execute();
  return rows.map(({ copy_of, ...d }) => ({ ...d, ref: documentRef(d), copyOf: copy_of }));
}

/** Documents to extract again: those extracted by another pipeline than `pipeline` (every one when it is undefined), in id order, with their text. */
export function documentsToReprocess(db: Kysely<Database>, pipeline: string | undefined) {
  let q = db.selectFrom("documents").select(["id", "text", "published", "source", "hash", "level"]);
  if (pipeline !== undefined) q = q.where("pipeline", "!=", pipeline);
  return q.orderBy("id").execute();
}
