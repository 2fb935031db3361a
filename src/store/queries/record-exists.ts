import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { inClusters } from "../cluster-members.js";

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

/** True when the document person with this id is there. */
export async function docPersonExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (await db.selectFrom("doc_people").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** True when some row of the event (an id of any of its rows' cluster) is there for this query builder. */
export async function eventExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (await db.selectFrom("doc_events").select("id").where((eb) => inClusters(eb, "event_id", "id", [id])).executeTakeFirst()) !== undefined;
}

/** True when the statement with this id is there for this query builder. */
export async function statementExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (await db.selectFrom("statements").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** True when the contradiction (a review item) with this id is there for this query builder. */
export async function contradictionExists(db: Kysely<Database>, id: number): Promise<boolean> {
  return (await db.selectFrom("review_items").select("id").where("id", "=", id).where("kind", "=", "contradiction").executeTakeFirst()) !== undefined;
}

/** True when the knowledge base holds any document. */
export async function hasDocuments(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom("documents").select("id").limit(1).executeTakeFirst()) !== undefined;
}
