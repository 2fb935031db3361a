import type { Kysely } from "kysely";
import { dialectOf } from "../dialects/dialect-of.js";

/**
 * Makes the calling transaction the only one resolving people and events in
 * this knowledge base until it ends (PostgreSQL: an advisory transaction lock
 * keyed by the schema; SQLite: a first statement that writes, which takes the
 * database's one write lock before anything is read).
 */
export const lockResolution = (trx: Kysely<any>): Promise<void> => dialectOf(trx).lockResolution(trx);

/** Makes the calling transaction the only one counting sign-in attempts until it ends, so that a count and the attempt it admits are one step. */
export const lockSignIns = (trx: Kysely<any>): Promise<void> => dialectOf(trx).lockSignIns(trx);
