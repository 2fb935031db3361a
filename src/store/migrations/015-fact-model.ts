import { sql, type Kysely } from "kysely";
import { idColumn, isPostgres } from "./ddl.js";
import { watchTables } from "./011-data-changes.js";



/**
 * One fact model (schema/properties.yaml). Statements become what the rows
 * are derived from: each keeps all its spans (`spans`, JSON, when it has
 * more than its first, `start`/`end`) and a review state; events' person,
 * actor, attribution and certainty, written only as columns until now, are
 * written as statements too (from the columns, for documents stored
 * before), and a legacy name statement takes every mention of its person so
 * that the rows' mentions still follow from the statements. Events get the
 * review state and the properties analysts corrected. The analysts'
 * judgements about facts (accept, reject, set a value, settle a
 * contradiction, undo) go to an append-only log, with the documents each
 * applies to (readers see a judgement only when they see all of them).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("statements").addColumn("spans", "text").execute();
  await db.schema.alterTable("statements").addColumn("review", "text", (c) => c.notNull().defaultTo("pending")).execute();
  await db.schema.alterTable("doc_events").addColumn("review", "text", (c) => c.notNull().defaultTo("pending")).execute();
  await db.schema.alterTable("doc_events").addColumn("corrected", "text").execute();
  await sql`UPDATE statements SET prop = 'place' WHERE prop = 'country' AND subject LIKE 'doc_event:%'`.execute(db);
  const backfill = async (prop: string, value: string, where: string) => sql`
    INSERT INTO statements (document_id, subject, prop, value, start, "end", producer, confidence, attribution, certainty, level)
    SELECT document_id, 'doc_event:' || id, ${prop}, ${sql.raw(value)}, start, "end", 'events@1', 0.8, attribution, certainty, level
    FROM doc_events WHERE ${sql.raw(where)}`.execute(db);
  await backfill("person", "'doc_person:' || doc_person_id", "doc_person_id IS NOT NULL");
  await backfill("actor", "actor", "actor IS NOT NULL AND doc_person_id IS NULL");
  await backfill("attribution", "attribution", "attribution IS NOT NULL");
  await backfill("certainty", "certainty", "true");
  await sql`UPDATE statements SET spans = (SELECT p.mentions FROM doc_people p WHERE 'doc_person:' || p.id = statements.subject)
    WHERE prop = 'name' AND subject LIKE 'doc_person:%'`.execute(db);
  await db.schema.createTable("fact_judgements")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("prop", "text")
    .addColumn("value", "text")
    .addColumn("anchors", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("why", "text")
    .addColumn("undoes", "integer")
    .execute();
  await db.schema.createTable("fact_judgement_documents")
    .addColumn("judgement_id", "integer", (c) => c.notNull().references("fact_judgements.id"))
    .addColumn("document_id", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("fact_judgement_documents_document").on("fact_judgement_documents").columns(["document_id", "judgement_id"]).execute();
  await db.schema.createIndex("fact_judgement_documents_judgement").on("fact_judgement_documents").column("judgement_id").execute();
  if (isPostgres(db)) await watchTables(db, ["fact_judgements", "fact_judgement_documents"]);
}
