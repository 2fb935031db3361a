import type { Kysely, Transaction } from "kysely";
import type { Database } from "../database.js";

type Db = Kysely<Database> | Transaction<Database>;

async function ensureHost(db: Db, host: string): Promise<void> {
  await db.insertInto("watch_hosts").values({ host }).onConflict((oc) => oc.column("host").doNothing()).execute();
}

/**
 * Takes a host for one request if nobody holds it and its pause is over:
 * `busy_until` set to `holdUntil` (past the request's timeout, so that a
 * holder that dies mid-request blocks the host no longer than that).
 * Returns 0 when taken, else the time (ms) the host is busy until.
 */
export async function claimHost(db: Db, host: string, holder: string, now: number, holdUntil: number): Promise<number> {
  await ensureHost(db, host);
  const r = await db.updateTable("watch_hosts").set({ busy_until: holdUntil, holder }).where("host", "=", host).where("busy_until", "<=", now).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 1) return 0;
  const row = await db.selectFrom("watch_hosts").select("busy_until").where("host", "=", host).executeTakeFirst();
  return Math.max(now + 1, Number(row?.busy_until ?? now + 1));
}

/** After a request: the next one may start at `until` (its end plus the pause). */
export async function releaseHost(db: Db, host: string, holder: string, until: number): Promise<void> {
  await db.updateTable("watch_hosts").set({ busy_until: until, holder: null }).where("host", "=", host).where("holder", "=", holder).execute();
}

/** The robots.txt kept for a host while it is fresh ("" when the site has none). */
export async function keptRobots(db: Db, host: string, now: number): Promise<string | undefined> {
  const row = await db.selectFrom("watch_hosts").select(["robots", "robots_until"]).where("host", "=", host).executeTakeFirst();
  return row && row.robots !== null && Number(row.robots_until) > now ? row.robots : undefined;
}

export async function keepRobots(db: Db, host: string, robots: string, until: number): Promise<void> {
  await ensureHost(db, host);
  await db.updateTable("watch_hosts").set({ robots, robots_until: until }).where("host", "=", host).execute();
}
