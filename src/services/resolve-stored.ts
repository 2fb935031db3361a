import type { Kysely } from "kysely";
import type { Database } from "../store/database.js";
import { unresolvedBlocks } from "../store/writes/resolution-writes.js";
import { resolveEvents, resolveUnnamedEvents } from "./resolve-events.js";
import { resolvePeople } from "./resolve-people.js";

/** Blocking keys resolved together, in one transaction. */
const RESOLVE_SLICE = 2000;

/**
 * Resolves the people and events of these blocks, and whatever a stopped
 * run stored but did not resolve: people not yet in a cluster, and events
 * stored after their people were resolved. Each slice of blocks commits
 * once, so a kill leaves each slice resolved or not, and the next run picks
 * up what is left.
 */
export async function resolveStored(db: Kysely<Database>, blocks: Iterable<string>): Promise<void> {
  const all = new Set(blocks);
  for (const b of await unresolvedBlocks(db)) all.add(b);
  const sorted = [...all].sort();
  for (let i = 0; i < sorted.length; i += RESOLVE_SLICE) {
    await db.transaction().execute(async (trx) => {
      const touched = await resolvePeople(trx, sorted.slice(i, i + RESOLVE_SLICE));
      await resolveEvents(trx, touched);
    });
  }
  const pending = await db.selectFrom("doc_events").select("doc_person_id").where("event_id", "is", null).where("doc_person_id", "is not", null).distinct().execute();
  if (pending.length) await db.transaction().execute((trx) => resolveEvents(trx, pending.map((r) => r.doc_person_id!)));
  await resolveUnnamedEvents(db);
}
