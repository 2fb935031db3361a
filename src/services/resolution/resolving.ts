import type { Kysely } from "kysely";
import type { Database } from "../../store/database.js";
import { lockResolution } from "../../store/writes/locks.js";
import { blocksAround } from "../../store/writes/resolution-writes.js";
import { resolveEvents } from "./resolve-events.js";
import { resolvePeople } from "./resolve-people.js";

/** Runs a change and the recomputation it causes as one transaction, one resolver at a time (see lockResolution). */
export async function resolving<T>(db: Kysely<Database>, run: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await lockResolution(trx);
    return run(trx);
  });
}

/** Recomputes the people and events around these document persons (after a judgement, or a level that names a cluster otherwise). */
export async function reresolve(db: Kysely<Database>, ids: number[]): Promise<void> {
  const touched = await resolvePeople(db, await blocksAround(db, ids));
  await resolveEvents(db, [...touched, ...ids]);
}
