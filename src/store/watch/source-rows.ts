import type { Insertable, Kysely, Selectable, Transaction } from "kysely";
import type { Database } from "../database.js";
import type { SourcesTable } from "./watch-tables.js";

type Db = Kysely<Database> | Transaction<Database>;
export type SourceRow = Selectable<SourcesTable>;

/** Adds a source, or changes the schedule and level of the one with that URL; returns its id. */
export async function upsertSource(db: Db, row: Insertable<SourcesTable>): Promise<number> {
  const out = await db.insertInto("sources").values(row)
    .onConflict((oc) => oc.column("url").doUpdateSet({ every_seconds: row.every_seconds, level: row.level, allow_private: row.allow_private, next_fetch_at: 0 }))
    .returning("id").executeTakeFirstOrThrow();
  return out.id;
}

export const listSources = (db: Db): Promise<SourceRow[]> => db.selectFrom("sources").selectAll().orderBy("id").execute();

export async function sourceById(db: Db, id: number): Promise<SourceRow | undefined> {
  return db.selectFrom("sources").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function sourceByUrl(db: Db, url: string): Promise<SourceRow | undefined> {
  return db.selectFrom("sources").selectAll().where("url", "=", url).executeTakeFirst();
}

export async function deleteSource(db: Db, id: number): Promise<boolean> {
  const r = await db.deleteFrom("sources").where("id", "=", id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Takes the sources due at `now` (or these ids, due or not) that no live
 * lease holds, for `holder` until `now + leaseMs`: each with a conditional
 * UPDATE, so that of several watchers (processes, machines) exactly one
 * gets each source; a holder that dies frees it when its lease ends.
 */
export async function claimSources(db: Db, holder: string, now: number, leaseMs: number, ids?: number[], limit = 500): Promise<SourceRow[]> {
  let q = db.selectFrom("sources").select("id").where("lease_until", "<=", now);
  q = ids ? q.where("id", "in", ids.length ? ids : [-1]) : q.where("next_fetch_at", "<=", now);
  const candidates = await q.orderBy("next_fetch_at").limit(limit).execute();
  const claimed: SourceRow[] = [];
  for (const { id } of candidates) {
    const r = await db.updateTable("sources").set({ lease_owner: holder, lease_until: now + leaseMs })
      .where("id", "=", id).where("lease_until", "<=", now).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) continue;
    const row = await sourceById(db, id);
    if (row) claimed.push(row);
  }
  return claimed;
}

/** The earliest time a source falls due (ms), or undefined with none. */
export async function nextDue(db: Db): Promise<number | undefined> {
  const row = await db.selectFrom("sources").select((eb) => eb.fn.min("next_fetch_at").as("at")).executeTakeFirst();
  return row?.at == null ? undefined : Number(row.at);
}

/** What a fetch of a source found, written with its lease released (only by its holder). */
export async function finishSource(db: Db, id: number, holder: string, change: Partial<Omit<SourceRow, "id" | "url">>): Promise<void> {
  await db.updateTable("sources").set({ ...change, lease_owner: null, lease_until: 0 }).where("id", "=", id).where("lease_owner", "=", holder).execute();
}

/** Adds articles to a source's counts (in the transaction that stored them). */
export async function countNewArticle(db: Db, id: number): Promise<void> {
  await db.updateTable("sources").set((eb) => ({ new_articles: eb("new_articles", "+", 1) })).where("id", "=", id).execute();
}

/** Keeps the sources a live watcher holds taken a while longer. */
export async function renewLeases(db: Db, holder: string, until: number): Promise<void> {
  await db.updateTable("sources").set({ lease_until: until }).where("lease_owner", "=", holder).execute();
}
