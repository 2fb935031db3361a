import { createHash, randomBytes } from "node:crypto";
import { DossierError } from "../../errors.js";
import { httpUrl } from "../../ingest/fetch/fetch-page.js";
import type { Level } from "../../model/levels.js";
import type { Store } from "../../store/open-store.js";
import { deleteWatchlistRow, insertWatchlist, lastEventId, setFeedTokenHash, setWatchlistPeople, watchlistById, watchlistNamed, watchlistRowOf, watchlistRowsOf, type WatchlistRow } from "../../store/watch/watchlist-rows.js";
import { userStanding } from "../../store/queries/user-rows.js";
import { LOCAL_USER, ROLES, isRole } from "../access/access.js";
import { currentPerson } from "../resolution/current-person.js";

export type Watchlist = WatchlistRow;

/** What a watchlist follows; every part that is set must match an event. */
export interface Follows { people?: number[]; types?: string[]; countries?: string[]; query?: string; webhook?: string }

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const list = (json: string): unknown[] => { try { const v = JSON.parse(json); return Array.isArray(v) ? v : []; } catch { return []; } };

export const followedPeople = (w: Pick<Watchlist, "people">): number[] => list(w.people).filter((n): n is number => Number.isInteger(n));
export const followedTexts = (json: string): string[] => list(json).filter((s): s is string => typeof s === "string");

/** The clearance alerts of a user's watchlists are read with: their role's; the local user (no sign-in) sees everything; a disabled or unknown user nothing. */
export async function ownerClearance(store: Store, user: string): Promise<Level | undefined> {
  if (user === LOCAL_USER.name) return "confidential";
  const row = await userStanding(store.db, user);
  return row && !row.disabled_at && isRole(row.role) ? ROLES[row.role].clearance : undefined;
}

/** People the user may see, by their current id: a person they cannot see is not found, as everywhere. */
async function visiblePeople(reader: Store, ids: number[]): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) {
    const now = await currentPerson(reader, id);
    if (now === undefined) throw new DossierError("entity_not_found", `no person with id ${id}`);
    out.push(now);
  }
  return [...new Set(out)];
}

/** Creates a watchlist for `user` (`reader`: the store as they see it). Alerts start with events stored from now on. */
export async function createWatchlist(store: Store, reader: Store, user: string, name: string, follows: Follows): Promise<Watchlist> {
  const clean = name.trim().slice(0, 100);
  if (!clean) throw new DossierError("usage", "a watchlist needs a name");
  const people = await visiblePeople(reader, follows.people ?? []);
  const types = [...new Set((follows.types ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const countries = [...new Set((follows.countries ?? []).map((c) => c.trim()).filter(Boolean))];
  const query = follows.query?.trim() || null;
  if (!people.length && !types.length && !countries.length && !query) throw new DossierError("usage", "a watchlist follows at least one person, event type, country or search");
  const webhook = follows.webhook?.trim() ? httpUrl(follows.webhook.trim()).href : null;
  const cursor = await lastEventId(store.db);
  if (await watchlistNamed(store.db, user, clean)) throw new DossierError("usage", `you have a watchlist named "${clean}" already`);
  const id = await insertWatchlist(store.db, {
    user_name: user, name: clean, people: JSON.stringify(people), types: JSON.stringify(types), countries: JSON.stringify(countries), query, webhook,
    cursor, created_at: new Date().toISOString(),
  });
  return (await watchlistOf(store, user, id))!;
}

/** The watchlist named "Following", where "Follow" on a person page adds them; created the first time. */
export async function followPerson(store: Store, reader: Store, user: string, personId: number): Promise<Watchlist> {
  const [person] = await visiblePeople(reader, [personId]);
  const existing = await watchlistNamed(store.db, user, "Following");
  if (!existing) return createWatchlist(store, reader, user, "Following", { people: [person] });
  const people = [...new Set([...followedPeople(existing), person])];
  await setWatchlistPeople(store.db, existing.id, people);
  return (await watchlistOf(store, user, existing.id))!;
}

export const watchlistsOf = (store: Store, user: string): Promise<Watchlist[]> => watchlistRowsOf(store.db, user);

export const watchlistOf = (store: Store, user: string, id: number): Promise<Watchlist | undefined> => watchlistRowOf(store.db, user, id);

export async function deleteWatchlist(store: Store, user: string, id: number): Promise<void> {
  if (!(await deleteWatchlistRow(store.db, user, id))) throw new DossierError("entity_not_found", `no watchlist ${id}`);
}

/** A new token for the watchlist's Atom feed (shown once; only its hash is kept, and a new one replaces the old). */
export async function newFeedToken(store: Store, user: string, id: number): Promise<string> {
  if (!(await watchlistOf(store, user, id))) throw new DossierError("entity_not_found", `no watchlist ${id}`);
  const token = randomBytes(24).toString("base64url");
  await setFeedTokenHash(store.db, id, hash(token));
  return token;
}

/** The watchlist a feed token opens, or undefined. */
export async function watchlistByToken(store: Store, id: number, token: string): Promise<Watchlist | undefined> {
  const w = await watchlistById(store.db, id);
  return w?.feed_token && w.feed_token === hash(token) ? w : undefined;
}
