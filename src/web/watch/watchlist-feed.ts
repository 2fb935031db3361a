import type { Context } from "hono";
import { DossierError } from "../../errors.js";
import { ROLES, type Viewer } from "../../services/access/access.js";
import { alertViews } from "../../services/watch/alert-view.js";
import { ownerClearance, watchlistByToken, watchlistOf } from "../../services/watch/watchlists.js";
import type { Store } from "../../store/open-store.js";
import { watchlistAtom } from "./watchlist-atom.js";

/**
 * A watchlist's Atom feed, for its signed-in owner (`identified`) or for the
 * feed's token (a feed reader has no session); read with the owner's clearance.
 */
export async function watchlistFeed(c: Context, store: Store, identified: Viewer | undefined, wid: number): Promise<Response> {
  const token = c.req.query("token");
  const v = identified;
  const w = v ? await watchlistOf(store, v.name, wid) : token ? await watchlistByToken(store, wid, token) : undefined;
  if (!w) throw new DossierError(v ? "entity_not_found" : "unauthorized", v ? `no watchlist ${wid}` : "this feed needs a session or its token (?token=…)");
  const clearance = v ? ROLES[v.role].clearance : await ownerClearance(store, w.user_name);
  if (!clearance) throw new DossierError("unauthorized", "the owner of this feed can no longer sign in");
  const alerts = await alertViews(await store.reader(clearance), w.user_name, { watchlist: w.id, limit: 100 });
  return c.body(watchlistAtom(new URL(c.req.url).origin, w, alerts), 200, { "content-type": "application/atom+xml; charset=utf-8" });
}
