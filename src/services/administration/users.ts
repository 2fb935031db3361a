import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import type { Database } from "../../store/database.js";
import { activeUserRow, sessionRow, tokenUserRow, userIdOf, userRows } from "../../store/queries/user-rows.js";
import { deleteSession, disableUserRow, insertApiToken, insertSession, insertUser, revokeUserTokens } from "../../store/writes/user-writes.js";
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
  if ((await userIdOf(db, name)) !== undefined) throw new DossierError("usage", `there is already a user ${name}`);
  const id = await insertUser(db, { name, role, password: await hashPassword(password), created_at: now(), disabled_at: null });
  return { id, name, role };
}

export async function listUsers(db: Kysely<Database>): Promise<(User & { created: string; disabled: string | null })[]> {
  const rows = await userRows(db);
  return rows.map((r) => ({ ...asUser(r), created: r.created_at, disabled: r.disabled_at }));
}

/** Disables a user: their sessions end and their tokens stop working; the audit log keeps their name. */
export async function disableUser(db: Kysely<Database>, name: string): Promise<void> {
  const id = await userIdOf(db, name);
  if (id === undefined) throw new DossierError("entity_not_found", `no user ${name}`);
  await disableUserRow(db, id, now());
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
  const row = await activeUserRow(db, login);
  // a missing user costs the same scrypt as a wrong password, so timing does not tell which names exist
  const ok = await verifyPassword(password, row?.password ?? "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
  if (!row || !ok) throw new DossierError("unauthorized", "wrong user name or password");
  await admitted(db, attempt, login, address);
  const cookie = secret();
  const csrf = secret();
  await insertSession(db, { id: sha256(cookie), user_id: row.id, csrf, created_at: now(), expires_at: new Date(Date.now() + SESSION_HOURS * 3_600_000).toISOString() });
  return { user: asUser(row), cookie, csrf };
}

/** The user and CSRF token of a session cookie still valid, else undefined. */
export async function sessionUser(db: Kysely<Database>, cookie: string): Promise<{ user: User; csrf: string } | undefined> {
  const row = await sessionRow(db, sha256(cookie), now());
  return row ? { user: asUser(row), csrf: row.csrf } : undefined;
}

export async function signOut(db: Kysely<Database>, cookie: string): Promise<void> {
  await deleteSession(db, sha256(cookie));
}

/** A new API token for a user, shown once: "dossier_" and 43 random characters; only its hash is kept. */
export async function createToken(db: Kysely<Database>, name: string, label: string): Promise<string> {
  const row = await activeUserRow(db, name);
  if (!row) throw new DossierError("entity_not_found", `no active user ${name}`);
  const token = `dossier_${secret()}`;
  await insertApiToken(db, { user_id: row.id, label: label.slice(0, 100), hash: sha256(token), created_at: now(), revoked_at: null });
  return token;
}

export async function revokeTokens(db: Kysely<Database>, name: string): Promise<number> {
  const id = await userIdOf(db, name);
  if (id === undefined) throw new DossierError("entity_not_found", `no user ${name}`);
  return revokeUserTokens(db, id, now());
}

/** The user of a bearer token not revoked, else undefined. */
export async function tokenUser(db: Kysely<Database>, token: string): Promise<User | undefined> {
  const row = await tokenUserRow(db, sha256(token));
  return row ? asUser(row) : undefined;
}
