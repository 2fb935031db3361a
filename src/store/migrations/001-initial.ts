import type { Kysely } from "kysely";
import { floatType, idColumn } from "./ddl.js";

/** The first schema: documents, what was extracted from them, judgements and the review queue. */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(db);
  await db.schema.createTable("documents")
    .addColumn("id", "integer", id)
    .addColumn("hash", "text", (c) => c.notNull().unique())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("url", "text").addColumn("title", "text").addColumn("outlet", "text").addColumn("published", "text")
    .addColumn("raw", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull().defaultTo("public"))
    .addColumn("pipeline", "text", (c) => c.notNull())
    .addColumn("copy_of", "integer")
    .addColumn("ingested_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createTable("doc_people")
    .addColumn("id", "integer", id)
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("local", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("aliases", "text", (c) => c.notNull())
    .addColumn("titles", "text", (c) => c.notNull())
    .addColumn("mentions", "text", (c) => c.notNull())
    .addColumn("block_key", "text", (c) => c.notNull())
    .addColumn("person_id", "integer")
    .execute();
  await db.schema.createIndex("doc_people_document").on("doc_people").column("document_id").execute();
  await db.schema.createIndex("doc_people_block").on("doc_people").column("block_key").execute();
  await db.schema.createIndex("doc_people_person").on("doc_people").column("person_id").execute();
  await db.schema.createTable("doc_events")
    .addColumn("id", "integer", id)
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("doc_person_id", "integer")
    .addColumn("actor", "text")
    .addColumn("occurred", "text")
    .addColumn("occurred_stated", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("disclosed", "text").addColumn("place", "text")
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("attribution", "text")
    .addColumn("certainty", "text", (c) => c.notNull())
    .addColumn("event_id", "integer")
    .execute();
  await db.schema.createIndex("doc_events_document").on("doc_events").column("document_id").execute();
  await db.schema.createIndex("doc_events_person").on("doc_events").column("doc_person_id").execute();
  await db.schema.createIndex("doc_events_event").on("doc_events").column("event_id").execute();
  await db.schema.createTable("statements")
    .addColumn("id", "integer", id)
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("prop", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("start", "integer", (c) => c.notNull())
    .addColumn("end", "integer", (c) => c.notNull())
    .addColumn("producer", "text", (c) => c.notNull())
    .addColumn("confidence", floatType(db), (c) => c.notNull())
    .addColumn("attribution", "text")
    .addColumn("certainty", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull().defaultTo("public"))
    .execute();
  await db.schema.createIndex("statements_subject").on("statements").column("subject").execute();
  await db.schema.createIndex("statements_document").on("statements").column("document_id").execute();
  await db.schema.createTable("judgements")
    .addColumn("id", "integer", id)
    .addColumn("left_id", "integer", (c) => c.notNull())
    .addColumn("right_id", "integer", (c) => c.notNull())
    .addColumn("verdict", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("why", "text")
    .execute();
  await db.schema.createIndex("judgements_pair").on("judgements").columns(["left_id", "right_id"]).execute();
  await db.schema.createTable("review_items")
    .addColumn("id", "integer", id)
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("left_ref", "text", (c) => c.notNull())
    .addColumn("right_ref", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createTable("meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
}
