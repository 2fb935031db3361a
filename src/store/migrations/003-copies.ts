import type { Kysely } from "kysely";

/** MinHash bands of each document, to find near-duplicate copies without comparing every pair. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable("doc_bands")
    .addColumn("band", "text", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("doc_bands_band").on("doc_bands").column("band").execute();
  await db.schema.alterTable("documents").addColumn("signature", "text").execute();
}
