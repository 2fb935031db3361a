import type { Kysely } from "kysely";
import type { Database } from "../database.js";

/** The person a document person belongs to now (its cluster's id, or its own when unresolved); undefined when there is no such document person. */
export async function personOfDocPerson(db: Kysely<Database>, docPersonId: number): Promise<number | undefined> {
  const row = await db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("person"))
    .where("id", "=", docPersonId).executeTakeFirst();
  return row?.person;
}
