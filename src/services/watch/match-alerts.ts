import type { Store } from "../../store/open-store.js";
import { eventsToMatch, matchableUpTo, recordMatches } from "../../store/watch/alert-rows.js";
import { watchlistsBehind } from "../../store/watch/watchlist-rows.js";
import { currentPerson } from "../resolution/current-person.js";
import { followedPeople, followedTexts, ownerClearance, type Watchlist } from "./watchlists.js";

const BATCH = 2000;

/** Lower-case words of letters and digits: "Kim Jong-un's" -> kim, jong, un, s. */
const words = (text: string): string[] => text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether every word of the saved search is a word of the text (as the reader sees it). */
export function searchMatches(query: string, text: string): boolean {
  const have = new Set(words(text));
  return words(query).every((w) => have.has(w));
}

/**
 * New document events matched against every watchlist, each read as its
 * owner may see it (their clearance's views: a hidden event or document is
 * never matched, a saved search never finds a masked name). An alert is
 * written once per watchlist and event (a unique key), and the watchlist's
 * cursor moves past the events examined in the same transaction, so a
 * watcher killed half-way neither loses nor repeats an alert. Events whose
 * person is not resolved yet wait for the next match. Returns alerts written.
 */
export async function matchAlerts(store: Store): Promise<number> {
  const upTo = await matchableUpTo(store.db);
  const watchlists = await watchlistsBehind(store.db, upTo);
  let written = 0;
  for (const w of watchlists) written += await matchOne(store, w, upTo);
  return written;
}

async function matchOne(store: Store, w: Watchlist, upTo: number): Promise<number> {
  const clearance = await ownerClearance(store, w.user_name);
  if (!clearance) return 0;
  const reader = await store.reader(clearance);
  const people = new Set<number>();
  for (const id of followedPeople(w)) {
    const now = await currentPerson(reader, id);
    if (now !== undefined) people.add(now);
  }
  const types = new Set(followedTexts(w.types));
  const countries = new Set(followedTexts(w.countries).map((c) => c.toLowerCase()));
  const hasWebhook = Boolean(w.webhook);
  let written = 0;
  for (let after = w.cursor; after < upTo;) {
    const events = await eventsToMatch(reader.db, after, upTo, BATCH);
    const end = events.length === BATCH ? events[events.length - 1].id : upTo;
    const matched = events.filter((e) =>
      (!people.size || (e.doc_person_id !== null && people.has(e.person_id ?? e.doc_person_id))) &&
      (!types.size || types.has(e.type)) &&
      (!countries.size || (e.place !== null && countries.has(e.place.toLowerCase()))) &&
      (!w.query || searchMatches(w.query, `${e.title ?? ""}\n${e.text}`)));
    await recordMatches(store.db, w.id, matched.map((e) => e.id), end, hasWebhook);
    written += matched.length;
    after = end;
  }
  return written;
}
