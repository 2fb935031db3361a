import type { Kysely } from "kysely";
import type { Database } from "../../store/database.js";
import { peopleWithUnresolvedEvents } from "../../store/queries/resolution-rows.js";
import { lockResolution } from "../../store/writes/locks.js";
import { unresolvedBlocks } from "../../store/writes/resolution-writes.js";
import { resolveEvents, resolveUnnamedEvents } from "./resolve-events.js";
import { resolvePeople } from "./resolve-people.js";

/** Blocking keys resolved together. */
const RESOLVE_SLICE = 2000;

/**
 * Resolves what is not resolved yet: the people of these blocks and of every
 * block holding a document person no resolution has reached (new documents,
 * or what an interrupted run stored), then their events, then events of
 * unnamed people. A slice of blocks at a time, each in one transaction that
 * holds the resolution lock, so that memory stays bounded and two resolvers
 * (ingest workers on several machines) never judge the same newcomer at once.
 */
export async function resolvePending(db: Kysely<Database>, blocks: Iterable<string> = []): Promise<void> {
  const all = new Set(blocks);
  for (const b of await unresolvedBlocks(db)) all.add(b);
  const sorted = [...all].sort();
  for (let i = 0; i < sorted.length; i += RESOLVE_SLICE) {
    await db.transaction().execute(async (trx) => {
      await lockResolution(trx);
      const touched = await resolvePeople(trx, sorted.slice(i, i + RESOLVE_SLICE));
      await resolveEvents(trx, touched);
    });
  }
  await db.transaction().execute(async (trx) => {
    await lockResolution(trx);
    // Events stored after their people were resolved (by an interrupted run, or another worker).
    const pending = await peopleWithUnresolvedEvents(trx);
    if (pending.length) await resolveEvents(trx, pending);
    await resolveUnnamedEvents(trx);
  });
}
