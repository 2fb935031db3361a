import type { Kysely } from "kysely";
import type { Database } from "../database.js";

export interface KbCounts { documents: number; people: number; events: number; judgements: number }

/** How many documents, people (clusters), events (clusters) and judgements a knowledge base holds; cheap (no view is built). */
export async function kbCounts(db: Kysely<Database>): Promise<KbCounts> {
  const documents = await db.selectFrom("documents").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const people = await db.selectFrom("doc_people").select((eb) => eb.fn.count<number>(eb.fn.coalesce("person_id", "id")).distinct().as("n")).executeTakeFirstOrThrow();
  const events = await db.selectFrom("doc_events").select((eb) => eb.fn.count<number>(eb.fn.coalesce("event_id", "id")).distinct().as("n")).executeTakeFirstOrThrow();
  const judgements = await db.selectFrom("judgements").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { documents: Number(documents.n), people: Number(people.n), events: Number(events.n), judgements: Number(judgements.n) };
}
