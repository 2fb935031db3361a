import { sql, type Kysely } from "kysely";
import { idColumn } from "./ddl.js";

/**
 * Confidentiality and users: events get the level of their document
 * (settable on its own after), protected identities (a person shown below
 * its level under a pseudonym), users with a role, their sessions and API
 * tokens (only hashes stored), and failed sign-ins (rate limiting shared by
 * every serving process).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("doc_events").addColumn("level", "text", (c) => c.notNull().defaultTo("public")).execute();
  await sql`UPDATE doc_events SET level = (SELECT level FROM documents WHERE documents.id = doc_events.document_id)`.execute(db);
  await db.schema.createTable("protections")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("doc_person_id", "integer", (c) => c.notNull().references("doc_people.id").onDelete("cascade"))
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("pseudonym", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("protections_doc_person").on("protections").column("doc_person_id").execute();
  await db.schema.createTable("users")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("password", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("disabled_at", "text")
    .execute();
  await db.schema.createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csrf", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createTable("api_tokens")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createTable("login_failures")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("login_failures_key").on("login_failures").columns(["key", "at"]).execute();
}
