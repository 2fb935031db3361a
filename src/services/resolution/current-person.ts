import type { Store } from "../../store/open-store.js";

/**
 * The knowledge-base person a document person belongs to now: after a merge
 * the id of either side leads to the merged person (the smallest id of the
 * cluster). Undefined when there is no such document person.
 */
export async function currentPerson(store: Store, docPersonId: number): Promise<number | undefined> {
  const row = await store.db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("person"))
    .where("id", "=", docPersonId).executeTakeFirst();
  return row?.person;
}
