import type { Store } from "../../store/open-store.js";
import { personOfDocPerson } from "../../store/queries/cluster-of.js";

/**
 * The knowledge-base person a document person belongs to now: after a merge
 * the id of either side leads to the merged person (the smallest id of the
 * cluster). Undefined when there is no such document person.
 */
export async function currentPerson(store: Store, docPersonId: number): Promise<number | undefined> {
  return personOfDocPerson(store.db, docPersonId);
}
