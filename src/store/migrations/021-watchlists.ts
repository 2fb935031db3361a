import type { Kysely } from "kysely";
import { idColumn } from "./ddl.js";

/**
 * Watchlists and alerts (issue 15): a user's watchlist follows people
 * (cluster ids), event types, countries and a saved search (JSON arrays and
 * text); `cursor` is the last doc_events id matched against it. An alert is
 * one document event that matched, once per watchlist (unique), with its
 * read state and its webhook delivery. An alert whose event is dropped (a
 * reprocess) goes with it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable("watchlists")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("user_name", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("people", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("types", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("countries", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("query", "text")
    .addColumn("webhook", "text")
    .addColumn("feed_token", "text")
    .addColumn("cursor", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("watchlists_user").on("watchlists").columns(["user_name", "name"]).unique().execute();
  await db.schema.createTable("alerts")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("watchlist_id", "integer", (c) => c.notNull().references("watchlists.id").onDelete("cascade"))
    .addColumn("doc_event_id", "integer", (c) => c.notNull().references("doc_events.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .addColumn("webhook_state", "text", (c) => c.notNull().defaultTo("none"))
    .addColumn("webhook_attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("webhook_next_at", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("webhook_error", "text")
    .execute();
  await db.schema.createIndex("alerts_once").on("alerts").columns(["watchlist_id", "doc_event_id"]).unique().execute();
  await db.schema.createIndex("alerts_webhook").on("alerts").columns(["webhook_state", "webhook_next_at"]).execute();
}
