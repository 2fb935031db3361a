import type { Kysely } from "kysely";
import type { Database } from "../database.js";

/** A user's id by name, disabled or not. */
export async function userIdOf(db: Kysely<Database>, name: string): Promise<number | undefined> {
  return (await db.selectFrom("users").select("id").where("name", "=", name).executeTakeFirst())?.id;
}

/** A user's role and when they were disabled (null while they may sign in). */
export const userStanding = (db: Kysely<Database>, name: string): Promise<{ role: string; disabled_at: string | null } | undefined> =>
  db.selectFrom("users").select(["role", "disabled_at"]).where("name", "=", name).executeTakeFirst();

/** Every user, by name. */
export const userRows = (db: Kysely<Database>) =>
  db.selectFrom("users").select(["id", "name", "role", "created_at", "disabled_at"]).orderBy("name").execute();

/** A user not disabled, with their password hash. */
export const activeUserRow = (db: Kysely<Database>, name: string) =>
  db.selectFrom("users").selectAll().where("name", "=", name).where("disabled_at", "is", null).executeTakeFirst();

/** The user (not disabled) and CSRF token of a session, by the hash of its cookie, while it has not expired at `at`. */
export const sessionRow = (db: Kysely<Database>, cookieHash: string, at: string) =>
  db.selectFrom("sessions as s").innerJoin("users as u", "u.id", "s.user_id")
    .select(["u.id", "u.name", "u.role", "s.csrf"]).where("s.id", "=", cookieHash).where("s.expires_at", ">", at).where("u.disabled_at", "is", null).executeTakeFirst();

/** The user (not disabled) of an API token not revoked, by the token's hash. */
export const tokenUserRow = (db: Kysely<Database>, tokenHash: string) =>
  db.selectFrom("api_tokens as t").innerJoin("users as u", "u.id", "t.user_id").select(["u.id", "u.name", "u.role"])
    .where("t.hash", "=", tokenHash).where("t.revoked_at", "is", null).where("u.disabled_at", "is", null).executeTakeFirst();
