import type { Kysely } from "kysely";

/**
 * Every blocking key of a document person, from its name and its aliases
 * ("Pak Chol-min, better known as Pak Il" is found under both).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable("doc_person_blocks")
    .addColumn("doc_person_id", "integer", (c) => c.notNull().references("doc_people.id").onDelete("cascade"))
    .addColumn("block", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("doc_person_blocks_block").on("doc_person_blocks").column("block").execute();
  await db.schema.createIndex("doc_person_blocks_person").on("doc_person_blocks").column("doc_person_id").execute();
}
