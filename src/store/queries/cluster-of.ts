import type { Kysely } from "kysely";
import type { Database } from "../database.js";

/** The person a document person belongs to now (its cluster's id, or its own when unresolved); undefined when there is no such document person. */
export async function personOfDocPerson(db: Kysely<Database>, docPersonId: number): Promise<number | undefined> {
  const row = await db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("person"))
    .where("id", "=", docPersonId).executeTakeFirst();
  return row?.person;
}

/** The event a document event belongs to now (its cluster's id, or its own when unresolved); undefined when there is no such row. */
export async function eventOfDocEvent(db: Kysely<Database>, docEventId: number): Promise<number | undefined> {
  const row = await db.selectFrom("doc_events").select((eb) => eb.fn.coalesce("event_id", "id").as("event")).where("id", "=", docEventId).executeTakeFirst();
  return row?.event;
}

/** A document event's date and the event it belongs to. */
export const docEventDate = (db: Kysely<Database>, docEventId: number) =>
  db.selectFrom("doc_events").select((eb) => ["id", "occurred", eb.fn.coalesce("event_id", "id").as("event")]).where("id", "=", docEventId).executeTakeFirst();
