import type { Insertable, Kysely } from "kysely";
import type { Database } from "../database.js";

/** Adds a user (the password already hashed); their id. */
export async function insertUser(db: Kysely<Database>, user: Insertable<Database["users"]>): Promise<number> {
  return (await db.insertInto("users").values(user).returning("id").executeTakeFirstOrThrow()).id;
}

/** Disables a user at `at`: their sessions end and their tokens are revoked, in one transaction. */
export async function disableUserRow(db: Kysely<Database>, userId: number, at: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("users").set({ disabled_at: at }).where("id", "=", userId).execute();
    await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
    await trx.updateTable("api_tokens").set({ revoked_at: at }).where("user_id", "=", userId).where("revoked_at", "is", null).execute();
  });
}

/** Records a session (its id is the hash of the cookie). */
export async function insertSession(db: Kysely<Database>, session: Insertable<Database["sessions"]>): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

/** Ends the session whose cookie hashes to `cookieHash`. */
export async function deleteSession(db: Kysely<Database>, cookieHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", cookieHash).execute();
}

/** Records an API token (its hash only). */
export async function insertApiToken(db: Kysely<Database>, token: Insertable<Database["api_tokens"]>): Promise<void> {
  await db.insertInto("api_tokens").values(token).execute();
}

/** Revokes a user's tokens at `at`; how many were still valid. */
export async function revokeUserTokens(db: Kysely<Database>, userId: number, at: string): Promise<number> {
  const result = await db.updateTable("api_tokens").set({ revoked_at: at }).where("user_id", "=", userId).where("revoked_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
