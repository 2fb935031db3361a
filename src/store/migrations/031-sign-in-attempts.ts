import type { Kysely } from "kysely";

/**
 * Sign-in attempts counted before the password is checked: each attempt
 * reserves its rows in login_failures (one per limit it counts against)
 * under an attempt id, and a right password takes them back by it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("login_failures").addColumn("attempt", "text").execute();
  await db.schema.createIndex("login_failures_attempt").on("login_failures").column("attempt").execute();
}
