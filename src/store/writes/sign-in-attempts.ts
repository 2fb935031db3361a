import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { lockSignIns } from "./locks.js";

/**
 * Under the sign-in lock, counts the attempts of each key since `since`
 * and, when none has reached its limit, writes this attempt under every key
 * (dropping the attempts that fell out of the window). False, and nothing
 * written, when a limit is reached.
 */
export async function reserveSignInAttempt(db: Kysely<Database>, keys: [key: string, max: number][], since: string, attempt: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockSignIns(trx);
    for (const [key, max] of keys) {
      const n = await trx.selectFrom("login_failures").select((eb) => eb.fn.countAll<number>().as("n")).where("key", "=", key).where("at", ">", since).executeTakeFirstOrThrow();
      if (Number(n.n) >= max) return false;
    }
    await trx.deleteFrom("login_failures").where("key", "in", keys.map(([k]) => k)).where("at", "<=", since).execute();
    const at = new Date().toISOString();
    await trx.insertInto("login_failures").values(keys.map(([key]) => ({ key, at, attempt }))).execute();
    return true;
  });
}

/** Takes back an attempt, and the earlier failures filed under `key`. */
export async function clearSignInAttempts(db: Kysely<Database>, attempt: string, key: string): Promise<void> {
  await db.deleteFrom("login_failures").where((eb) => eb.or([eb("attempt", "=", attempt), eb("key", "=", key)])).execute();
}
