import type { Kysely, Transaction } from "kysely";
import type { Database } from "../database.js";

type Db = Kysely<Database> | Transaction<Database>;

/** An alert as its reader may see it: read through a reader's views, so a hidden event or document gives no row and protected names come masked. */
export interface AlertRow {
  id: number; watchlist_id: number; watchlist: string; created_at: string; read_at: string | null;
  doc_event_id: number; type: string; occurred: string | null; place: string | null; start: number; end: number;
  certainty: string; document_id: number; title: string | null; url: string | null; published: string | null;
  doc_person_id: number | null; person_id: number | null; person: string | null; actor: string | null;
}

/** The alerts of a user's watchlists (or of one watchlist), newest first, as `reader` shows them. */
export async function alertRows(reader: Kysely<Database>, user: string, options: { watchlist?: number; unread?: boolean; ids?: number[]; limit?: number } = {}): Promise<AlertRow[]> {
  let q = reader.selectFrom("alerts as a")
    .innerJoin("watchlists as w", "w.id", "a.watchlist_id")
    .innerJoin("doc_events as e", "e.id", "a.doc_event_id")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .leftJoin("doc_people as p", "p.id", "e.doc_person_id")
    .select(["a.id", "a.watchlist_id", "w.name as watchlist", "a.created_at", "a.read_at", "a.doc_event_id", "e.type", "e.occurred", "e.place", "e.start", "e.end",
      "e.certainty", "e.document_id", "d.title", "d.url", "d.published", "e.doc_person_id", "p.person_id", "p.name as person", "e.actor"])
    .where("w.user_name", "=", user);
  if (options.watchlist !== undefined) q = q.where("a.watchlist_id", "=", options.watchlist);
  if (options.unread) q = q.where("a.read_at", "is", null);
  if (options.ids) q = q.where("a.id", "in", options.ids.length ? options.ids : [-1]);
  return q.orderBy("a.id", "desc").limit(options.limit ?? 200).execute() as Promise<AlertRow[]>;
}

/** The text of a document as `reader` shows it (masked where it must be), for the quote of an alert. */
export async function visibleText(reader: Kysely<Database>, documentId: number): Promise<string> {
  const row = await reader.selectFrom("documents").select("text").where("id", "=", documentId).executeTakeFirst();
  return row?.text ?? "";
}

/** Document events after `after` up to `upTo` as `reader` sees them, with the person's cluster and the document's visible title and text. */
export async function eventsToMatch(reader: Kysely<Database>, after: number, upTo: number, limit: number) {
  return reader.selectFrom("doc_events as e")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .leftJoin("doc_people as p", "p.id", "e.doc_person_id")
    .select(["e.id", "e.type", "e.place", "e.document_id", "p.id as doc_person_id", "p.person_id", "d.title", "d.text"])
    .where("e.id", ">", after).where("e.id", "<=", upTo).orderBy("e.id").limit(limit).execute();
}

/**
 * The last doc_events id a match may pass: events whose person no
 * resolution has reached yet wait (their cluster is not known), so the
 * cursor stops before the first of them.
 */
export async function matchableUpTo(db: Db): Promise<number> {
  const last = await db.selectFrom("doc_events").select((eb) => eb.fn.max("id").as("id")).executeTakeFirst();
  const waiting = await db.selectFrom("doc_events as e").innerJoin("doc_people as p", "p.id", "e.doc_person_id")
    .select((eb) => eb.fn.min("e.id").as("id")).where("p.person_id", "is", null).executeTakeFirst();
  const max = Number(last?.id ?? 0);
  return waiting?.id == null ? max : Math.min(max, Number(waiting.id) - 1);
}

/** Marks a user's unread alerts read: these ids, or all of a watchlist, or all. */
export async function markAlertsRead(db: Kysely<Database>, user: string, which: { ids?: number[]; watchlist?: number }): Promise<void> {
  const mine = db.selectFrom("watchlists").select("id").where("user_name", "=", user);
  let q = db.updateTable("alerts").set({ read_at: new Date().toISOString() }).where("read_at", "is", null).where("watchlist_id", "in", mine);
  if (which.ids) q = q.where("id", "in", which.ids.length ? which.ids : [-1]);
  if (which.watchlist !== undefined) q = q.where("watchlist_id", "=", which.watchlist);
  await q.execute();
}

/** Writes the alerts a match found (once per watchlist and event) and moves the watchlist's cursor to `end`, in one transaction. */
export async function recordMatches(db: Kysely<Database>, watchlistId: number, eventIds: number[], end: number, webhook: boolean): Promise<void> {
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < eventIds.length; i += 200) {
      await trx.insertInto("alerts").values(eventIds.slice(i, i + 200).map((id) => ({ watchlist_id: watchlistId, doc_event_id: id, created_at: at, webhook_state: webhook ? "pending" : "none" })))
        .onConflict((oc) => oc.columns(["watchlist_id", "doc_event_id"]).doNothing()).execute();
    }
    await trx.updateTable("watchlists").set({ cursor: end }).where("id", "=", watchlistId).where("cursor", "<", end).execute();
  });
}

/** Alerts whose webhook is due at `now`, oldest first, with their watchlist's owner and webhook. */
export const dueWebhooks = (db: Kysely<Database>, now: number, limit: number) =>
  db.selectFrom("alerts as a").innerJoin("watchlists as w", "w.id", "a.watchlist_id")
    .select(["a.id", "a.webhook_attempts", "w.user_name", "w.webhook", "w.id as watchlist_id"])
    .where("a.webhook_state", "=", "pending").where("a.webhook_next_at", "<=", now).orderBy("a.id").limit(limit).execute();

/** Takes a due alert for sending until `until` (ms); false when another sender took it first. */
export async function claimWebhook(db: Kysely<Database>, id: number, now: number, until: number): Promise<boolean> {
  const claim = await db.updateTable("alerts").set({ webhook_next_at: until }).where("id", "=", id)
    .where("webhook_state", "=", "pending").where("webhook_next_at", "<=", now).executeTakeFirst();
  return Number(claim.numUpdatedRows) === 1;
}

/** What became of an alert's webhook: sent, withheld, failed, or pending again at `nextAt`. */
export async function setWebhookState(db: Kysely<Database>, id: number, state: { webhook_state: string; webhook_attempts?: number; webhook_error: string | null; webhook_next_at?: number }): Promise<void> {
  await db.updateTable("alerts").set(state).where("id", "=", id).execute();
}
