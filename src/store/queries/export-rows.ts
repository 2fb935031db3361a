import type { Kysely } from "kysely";
import type { Database } from "../database.js";

/** Every document with what the statements export names it by, in hash order. */
export const documentsForExport = (db: Kysely<Database>) =>
  db.selectFrom("documents").select(["id", "hash", "url", "source", "title", "outlet", "published", "text", "level", "pipeline", "ingested_at"]).orderBy("hash").execute();

/** Every document person with its place in its document and its cluster (its person, or itself). */
export const docPeopleClusters = (db: Kysely<Database>) =>
  db.selectFrom("doc_people").select((eb) => ["id", "document_id", "local", eb.fn.coalesce("person_id", "id").as("cluster")]).execute();

/** Every document event in id order with its span and its cluster (its event, or itself). */
export const docEventClusters = (db: Kysely<Database>) =>
  db.selectFrom("doc_events").select((eb) => ["id", "document_id", "start", "end", eb.fn.coalesce("event_id", "id").as("cluster")]).orderBy("id").execute();

/** When each judgement about facts was made, by id. */
export async function factJudgementTimes(db: Kysely<Database>): Promise<Map<number, string>> {
  return new Map((await db.selectFrom("fact_judgements").select(["id", "at"]).execute()).map((j) => [j.id, j.at]));
}
