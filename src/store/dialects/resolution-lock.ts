import { sql, type Kysely } from "kysely";
import { dialectOf } from "./dialect-of.js";

/**
 * Makes the calling transaction the only one resolving people and events
 * in this knowledge base until it ends: two analysts judging the same pair,
 * or two workers resolving the same new person, then run one after the
 * other, each reading what the other committed. PostgreSQL: an advisory
 * transaction lock keyed by the schema (each knowledge base its own).
 * SQLite: a first statement that writes, which takes the database's one
 * write lock (waiting up to busy_timeout) before anything is read.
 */
export async function lockResolution(trx: Kysely<any>): Promise<void> {
  if (dialectOf(trx) === "postgres") {
    await sql`SELECT pg_advisory_xact_lock(hashtext('dossier resolution ' || current_schema()))`.execute(trx);
  } else {
    await sql`UPDATE meta SET value = value WHERE key = 'resolution'`.execute(trx);
  }
}

/**
 * Makes the calling transaction the only one counting sign-in attempts in
 * this knowledge base until it ends, so that a count and the attempt it
 * admits are one step (services/sign-in-limits.ts): an advisory lock of its
 * own on PostgreSQL, the write lock on SQLite.
 */
export async function lockSignIns(trx: Kysely<any>): Promise<void> {
  if (dialectOf(trx) === "postgres") {
    await sql`SELECT pg_advisory_xact_lock(hashtext('dossier sign-in ' || current_schema()))`.execute(trx);
  } else {
    await sql`UPDATE login_failures SET key = key WHERE 0 = 1`.execute(trx);
  }
}
