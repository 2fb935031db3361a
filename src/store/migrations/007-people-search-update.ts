import type { Kysely } from "kysely";
import { dialectOf } from "../dialects/dialect-of.js";
import { createPeopleSearchUpdateTrigger } from "../dialects/sqlite.js";

/**
 * The full-text index of people's names kept in step when a name or its
 * aliases change. SQLite only: PostgreSQL recomputes the generated tsvector
 * column on every update.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === "sqlite") await createPeopleSearchUpdateTrigger(db);
}
