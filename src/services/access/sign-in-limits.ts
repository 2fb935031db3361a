import { randomBytes } from "node:crypto";
import { isIPv4, isIPv6 } from "node:net";
import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import type { Database } from "../../store/database.js";
import { clearSignInAttempts, reserveSignInAttempt } from "../../store/writes/sign-in-attempts.js";

/** How long an attempt counts. */
export const LOCKOUT_MINUTES = 15;

/**
 * Attempts allowed in LOCKOUT_MINUTES, per limit: a name from one address
 * (the lock-out a user meets), a name from any address (so that more source
 * addresses buy no more guesses), an address for any name (one machine
 * trying many names), and every attempt together (a cap on the whole
 * server's password checks, against a botnet). Every attempt counts until a
 * right password takes it back.
 */
export interface SignInLimits { nameAtAddress: number; name: number; address: number; all: number }
export const SIGN_IN_LIMITS: SignInLimits = { nameAtAddress: 5, name: 10, address: 30, all: 300 };

/**
 * The address an attempt is counted under: IPv4 as it is (an IPv4-mapped
 * IPv6 address as its IPv4), IPv6 by its /64 (one host usually has a whole
 * /64), and every loopback address as one ("127.0.0.2" is the same machine
 * as "127.0.0.1").
 */
export function attemptAddress(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;
  if (isIPv4(v4)) return v4.startsWith("127.") ? "loopback" : v4;
  if (!isIPv6(address)) return address.slice(0, 100);
  if (address === "::1") return "loopback";
  const [head, tail = ""] = address.toLowerCase().split("::");
  const groups = head ? head.split(":") : [];
  const all = [...groups, ...Array(Math.max(0, 8 - groups.length - (tail ? tail.split(":").length : 0))).fill("0"), ...(tail ? tail.split(":") : [])];
  return `${all.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** The keys one attempt is counted under, with their limits. */
function attemptKeys(name: string, address: string, limits: SignInLimits): [string, number][] {
  const at = attemptAddress(address);
  return [[`${name}|${at}`, limits.nameAtAddress], [`name:${name}`, limits.name], [`address:${at}`, limits.address], ["*", limits.all]];
}

/**
 * Counts an attempt before its password is checked, atomically: under the
 * sign-in lock, the attempts of each limit in the window are counted and,
 * when none is reached, this one is written under each. So a burst of
 * concurrent attempts gets no more password checks than the limits allow,
 * and the right password inside a burst past the limit is refused too.
 * Returns the attempt's id, for `admitted` (right password) to take back.
 */
export async function reserveAttempt(db: Kysely<Database>, name: string, address: string, limits = SIGN_IN_LIMITS): Promise<string> {
  const keys = attemptKeys(name, address, limits);
  const since = new Date(Date.now() - LOCKOUT_MINUTES * 60_000).toISOString();
  const attempt = randomBytes(12).toString("base64url");
  if (!(await reserveSignInAttempt(db, keys, since, attempt))) throw new DossierError("too_many_attempts", `too many failed sign-ins; try again in ${LOCKOUT_MINUTES} minutes`);
  return attempt;
}

/** A right password: its attempt no longer counts, nor do the earlier failures of this name from this address. */
export async function admitted(db: Kysely<Database>, attempt: string, name: string, address: string): Promise<void> {
  await clearSignInAttempts(db, attempt, `${name}|${attemptAddress(address)}`);
}
