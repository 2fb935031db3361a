import type { Kysely, Selectable } from "kysely";
import type { Database } from "../database.js";
import type { WatchlistsTable } from "./watch-tables.js";

/** A watchlist row as stored. */
export type WatchlistRow = Selectable<WatchlistsTable>;

/** What a new watchlist is: its owner, name, what it follows (JSON lists), search, webhook and the doc_events id its alerts start after. */
export type NewWatchlist = Pick<WatchlistRow, "user_name" | "name" | "people" | "types" | "countries" | "query" | "webhook" | "cursor" | "created_at">;

/** The highest doc_events id (0 when there is none): a new watchlist's alerts start after it. */
export async function lastEventId(db: Kysely<Database>): Promise<number> {
  const last = await db.selectFrom("doc_events").select((eb) => eb.fn.max("id").as("id")).executeTakeFirst();
  return Number(last?.id ?? 0);
}

/** Adds a watchlist; its id. */
export async function insertWatchlist(db: Kysely<Database>, w: NewWatchlist): Promise<number> {
  return (await db.insertInto("watchlists").values(w).returning("id").executeTakeFirstOrThrow()).id;
}

/** A user's watchlist of this name. */
export const watchlistNamed = (db: Kysely<Database>, user: string, name: string): Promise<WatchlistRow | undefined> =>
  db.selectFrom("watchlists").selectAll().where("user_name", "=", user).where("name", "=", name).executeTakeFirst();

/** A user's watchlists, oldest first. */
export const watchlistRowsOf = (db: Kysely<Database>, user: string): Promise<WatchlistRow[]> =>
  db.selectFrom("watchlists").selectAll().where("user_name", "=", user).orderBy("id").execute();

/** A user's watchlist by id (another user's is not found). */
export const watchlistRowOf = (db: Kysely<Database>, user: string, id: number): Promise<WatchlistRow | undefined> =>
  db.selectFrom("watchlists").selectAll().where("user_name", "=", user).where("id", "=", id).executeTakeFirst();

/** A watchlist by id, whoever owns it. */
export const watchlistById = (db: Kysely<Database>, id: number): Promise<WatchlistRow | undefined> =>
  db.selectFrom("watchlists").selectAll().where("id", "=", id).executeTakeFirst();

/** Watchlists whose cursor is below `upTo`: those with events left to match. */
export const watchlistsBehind = (db: Kysely<Database>, upTo: number): Promise<WatchlistRow[]> =>
  db.selectFrom("watchlists").selectAll().where("cursor", "<", upTo).execute();

/** Sets the people a watchlist follows (a JSON list of person ids). */
export async function setWatchlistPeople(db: Kysely<Database>, id: number, people: number[]): Promise<void> {
  await db.updateTable("watchlists").set({ people: JSON.stringify(people) }).where("id", "=", id).execute();
}

/** Sets the hash of a watchlist's feed token. */
export async function setFeedTokenHash(db: Kysely<Database>, id: number, tokenHash: string): Promise<void> {
  await db.updateTable("watchlists").set({ feed_token: tokenHash }).where("id", "=", id).execute();
}

/** Deletes a user's watchlist; false when they have none of that id. */
export async function deleteWatchlistRow(db: Kysely<Database>, user: string, id: number): Promise<boolean> {
  const r = await db.deleteFrom("watchlists").where("user_name", "=", user).where("id", "=", id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
