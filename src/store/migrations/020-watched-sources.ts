import type { Kysely } from "kysely";
import { idColumn } from "./ddl.js";

/**
 * Followed sources (issue 15): the feeds, sitemaps and listing pages a
 * watcher reads (`sources`, with their fetch state), what each listed
 * (`source_items`), the article pages fetched by canonical URL (`pages`)
 * with every version stored (`page_versions`), and per host what
 * politeness needs across processes (`watch_hosts`: robots.txt, when the
 * next request may go). Times a scheduler compares are milliseconds since
 * 1970 (bigint); times people read are ISO text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable("sources")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("url", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text")
    .addColumn("title", "text")
    .addColumn("every_seconds", "integer", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("allow_private", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("added_by", "text", (c) => c.notNull())
    .addColumn("added_at", "text", (c) => c.notNull())
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("last_fetch_at", "text")
    .addColumn("last_status", "text")
    .addColumn("last_error_code", "text")
    .addColumn("last_error", "text")
    .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("new_articles", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_new", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_fetch_at", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("lease_owner", "text")
    .addColumn("lease_until", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("sources_due").on("sources").columns(["next_fetch_at"]).execute();
  await db.schema.createTable("source_items")
    .addColumn("source_id", "integer", (c) => c.notNull().references("sources.id").onDelete("cascade"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("stamp", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("seen_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("source_items_pk", ["source_id", "url"])
    .execute();
  await db.schema.createTable("pages")
    .addColumn("url", "text", (c) => c.primaryKey())
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("versions", "integer", (c) => c.notNull())
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("fetched_at", "text", (c) => c.notNull())
    .addColumn("gone_at", "text")
    .execute();
  await db.schema.createTable("page_versions")
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("fetched_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("page_versions_pk", ["url", "version"])
    .execute();
  await db.schema.createIndex("page_versions_document").on("page_versions").column("document_id").execute();
  await db.schema.createTable("watch_hosts")
    .addColumn("host", "text", (c) => c.primaryKey())
    .addColumn("busy_until", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("holder", "text")
    .addColumn("robots", "text")
    .addColumn("robots_until", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
}
