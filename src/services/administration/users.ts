import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import type { Database } from "../../store/database.js";
import { isRole, type Role } from "../access/access.js";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./passwords.js";
import { admitted, LOCKOUT_MINUTES, reserveAttempt, SIGN_IN_LIMITS } from "../access/sign-in-limits.js";

const now = (): string => new Date().toISOString();
const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");
const secret = (): string => randomBytes(32).toString("base64url");

export interface User { id: number; name: string; role: Role }

/** How long a browser stays signed in. */
export const SESSION_HOURS = 12;
/** Failed sign-ins allowed per user and address in LOCKOUT_MINUTES (the other limits: sign-in-limits.ts). */
export const MAX_FAILURES = SIGN_IN_LIMITS.nameAtAddress;
export { LOCKOUT_MINUTES };

const USER_NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

function asUser(row: { id: number; name: string; role: string }): User {
  if (!isRole(row.role)) throw new DossierError("internal", `user ${row.name} has an unknown role ${row.role}`);
  return { id: row.id, name: row.name, role: row.role };
}

/** Adds a user; the password is kept only as a scrypt hash. */
export async function addUser(db: Kysely<Database>, name: string, role: string, password: string): Promise<User> {
  if (!USER_NAME.test(name)) throw new DossierError("usage", "a user name is 1 to 64 letters, digits, '.', '_', '@' or '-'");
  if (!isRole(role)) throw new DossierError("usage", "the role must be viewer, analyst or admin");
  if (password.length < MIN_PASSWORD_LENGTH) throw new DossierError("usage", `the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (await db.selectFrom("users").select("id").where("name", "=", name).executeTakeFirst()) throw new DossierError("usage", `there is already a user ${name}`);
  const row = await db.insertInto("users").values({ name, role, password: await hashPassword(password), created_at: now(), disabled_at: null }).returning("id").executeTakeFirstOrThrow();
  return { id: row.id, name, role };
}

export async function listUsers(db: Kysely<Database>): Promise<(User & { created: string; disabled: string | null })[]> {
  const rows = await db.selectFrom("users").select(["id", "name", "role", "created_at", "disabled_at"]).orderBy("name").execute();
  return rows.map((r) => ({ ...asUser(r), created: r.created_at, disabled: r.disabled_at }));
}

/** Disables a user: their sessions end and their tokens stop working; the audit log keeps their name. */
export async function disableUser(db: Kysely<Database>, name: string): Promise<void> {
  const user = await db.selectFrom("users").select("id").where("name", "=", name).executeTakeFirst();
  if (!user) throw new DossierError("entity_not_found", `no user ${name}`);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("users").set({ disabled_at: now() }).where("id", "=", user.id).execute();
    await trx.deleteFrom("sessions").where("user_id", "=", user.id).execute();
    await trx.updateTable("api_tokens").set({ revoked_at: now() }).where("user_id", "=", user.id).where("revoked_at", "is", null).execute();
  });
}

async function activeUser(db: Kysely<Database>, name: string) {
  return db.selectFrom("users").selectAll().where("name", "=", name).where("disabled_at", "is", null).executeTakeFirst();
}

/**
 * Signs a user in. The attempt is counted before the password is checked
 * (reserveAttempt: per name and address, per name, per address, and for the
 * whole server, in the database, so every serving process counts the same);
 * past a limit, too_many_attempts without a check. Wrong name or password:
 * unauthorized, one message for both.
 */
export async function signIn(db: Kysely<Database>, name: string, password: string, address: string, limits = SIGN_IN_LIMITS): Promise<{ user: User; cookie: string; csrf: string }> {
  const login = name.slice(0, 100);
  const attempt = await reserveAttempt(db, login, address, limits);
  const row = await activeUser(db, login);
  // a missing user costs the same scrypt as a wrong password, so timing does not tell which names exist
  const ok = await verifyPassword(password, row?.password ?? "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
  if (!row || !ok) throw new DossierError("unauthorized", "wrong user name or password");
  await admitted(db, attempt, login, address);
  const cookie = secret();
  const csrf = secret();
  await db.insertInto("sessions").values({ id: sha256(cookie), user_id: row.id, csrf, created_at: now(), expires_at: new Date(Date.now() + SESSION_HOURS * 3_600_000).toISOString() }).execute();
  return { user: asUser(row), cookie, csrf };
}

/** The user and CSRF token of a session cookie still valid, else undefined. */
export async function sessionUser(db: Kysely<Database>, cookie: string): Promise<{ user: User; csrf: string } | undefined> {
  const row = await db.selectFrom("sessions as s").innerJoin("users as u", "u.id", "s.user_id")
    .select(["u.id", "u.name", "u.role", "s.csrf"]).where("s.id", "=", sha256(cookie)).where("s.expires_at", ">", now()).where("u.disabled_at", "is", null).executeTakeFirst();
  return row ? { user: asUser(row), csrf: row.csrf } : undefined;
}

export async function signOut(db: Kysely<Database>, cookie: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sha256(cookie)).execute();
}

/** A new API token for a user, shown once: "dossier_" and 43 random characters; only its hash is kept. */
export async function createToken(db: Kysely<Database>, name: string, label: string): Promise<string> {
  const row = await activeUser(db, name);
  if (!row) throw new DossierError("entity_not_found", `no active user ${name}`);
  const token = `dossier_${secret()}`;
  await db.insertInto("api_tokens").values({ user_id: row.id, label: label.slice(0, 100), hash: sha256(token), created_at: now(), revoked_at: null }).execute();
  return token;
}

export async function revokeTokens(db: Kysely<Database>, name: string): Promise<number> {
  const user = await db.selectFrom("users").select("id").where("name", "=", name).executeTakeFirst();
  if (!user) throw new DossierError("entity_not_found", `no user ${name}`);
  const result = await db.updateTable("api_tokens").set({ revoked_at: now() }).where("user_id", "=", user.id).where("revoked_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The user of a bearer token not revoked, else undefined. */
export async function tokenUser(db: Kysely<Database>, token: string): Promise<User | undefined> {
  const row = await db.selectFrom("api_tokens as t").innerJoin("users as u", "u.id", "t.user_id").select(["u.id", "u.name", "u.role"])
    .where("t.hash", "=", sha256(token)).where("t.revoked_at", "is", null).where("u.disabled_at", "is", null).executeTakeFirst();
  return row ? asUser(row) : undefined;
}
