import type { Kysely } from "kysely";
import type { Database } from "../database.js";

/** True when the judgement (of people) with this id is there for this query builder (a reader's shows only what it may see). */
export async function judgementExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (await db.selectFrom("judgements").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** True when the judgement about facts (a correction) with this id is there for this query builder. */
export async function factJudgementExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (await db.selectFrom("fact_judgements").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** True when some user may sign in (one not disabled). */
export async function hasActiveUser(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom("users").select("id").where("disabled_at", "is", null).executeTakeFirst()) !== undefined;
}
