import type { Kysely } from "kysely";
import { dialectOf } from "../dialects/dialect-of.js";
import { recreatePeopleSearchWithPrefixes } from "../dialects/sqlite.js";

/**
 * The full-text index of people's names rebuilt with prefix indexes, so that
 * searching by the start of a name stays fast. SQLite only: a GIN index on
 * a tsvector serves prefixes ('chol':*) as it is.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "sqlite") await recreatePeopleSearchWithPrefixes(db);
}
