import type { Kysely } from "kysely";
import { recreatePeopleSearchWithPrefixes } from "../dialects/sqlite.js";

/** The full-text index of people's names rebuilt with prefix indexes, so that searching by the start of a name stays fast. */
export async function up(db: Kysely<any>): Promise<void> {
  await recreatePeopleSearchWithPrefixes(db);
}
