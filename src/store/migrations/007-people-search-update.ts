import type { Kysely } from "kysely";
import { createPeopleSearchUpdateTrigger } from "../dialects/sqlite.js";

/** The full-text index of people's names kept in step when a name or its aliases change. */
export async function up(db: Kysely<any>): Promise<void> {
  await createPeopleSearchUpdateTrigger(db);
}
