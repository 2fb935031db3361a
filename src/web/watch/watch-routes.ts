import type { Context, Hono } from "hono";
import { csrf } from "hono/csrf";
import { DossierError } from "../../errors.js";
import { requireRole, type Viewer } from "../../services/access/access.js";
import { markRead } from "../../services/watch/alert-view.js";
import { parseEvery } from "../../services/watch/schedule.js";
import { runWatchPass, type WatchOptions } from "../../services/watch/watch-pass.js";
import { addSource, sourceStatuses } from "../../services/watch/watch-sources.js";
import { createWatchlist, deleteWatchlist, followPerson, newFeedToken, watchlistsOf } from "../../services/watch/watchlists.js";
import type { Store } from "../../store/open-store.js";
import { idParam } from "../format.js";
import { showPage } from "../page-table.js";
import { sourcesPage } from "./sources-page.js";
import { watchlistsPage } from "./watchlists-page.js";

const list = (v: string | undefined) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean);

async function form(c: Context): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true });
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string | string[]] => typeof e[1] === "string" || Array.isArray(e[1])).map(([k, v]) => [k, Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : v]));
}
const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
function id(value: string | undefined, what: string): number {
  const n = idParam(value);
  if (n === undefined) throw new DossierError("entity_not_found", `no ${what} with id "${value}"`);
  return n;
}

/**
 * The forms of issue 15 (its pages, /inbox, /watchlists with each one's Atom
 * feed, and /sources, are in the page table): watchlists made, deleted and
 * given a feed token, alerts marked read, sources added and fetched, Follow
 * on a person page. `identified` is who asks.
 */
export function watchRoutes(app: Hono, store: Store, identified: (c: Context) => Viewer | undefined, watch: WatchOptions = {}): void {
  const viewerOf = (c: Context): Viewer => {
    const v = identified(c);
    if (!v) throw new DossierError("unauthorized", "sign in first");
    return v;
  };
  for (const path of ["/watch/*", "/watchlists", "/watchlists/*", "/inbox/*", "/sources", "/sources/*"]) app.post(path, csrf());
  app.post("/watch/follow", async (c) => {
    const v = viewerOf(c);
    const person = id(one((await form(c)).person), "person");
    await followPerson(store, v.reader, v.name, person);
    return c.redirect(`/people/${person}`, 303);
  });
  app.post("/watchlists", async (c) => {
    const v = viewerOf(c);
    const f = await form(c);
    const people = list(one(f.people)).map((p) => id(p, "person"));
    await createWatchlist(store, v.reader, v.name, one(f.name) ?? "", { people, types: list(one(f.types)), countries: list(one(f.countries)), query: one(f.query), webhook: one(f.webhook) });
    return c.redirect("/watchlists", 303);
  });
  app.post("/watchlists/:id/token", async (c) => {
    const v = viewerOf(c);
    const wid = id(c.req.param("id"), "watchlist");
    const token = await newFeedToken(store, v.name, wid);
    return c.html(showPage(watchlistsPage(await watchlistsOf(store, v.name), { id: wid, token }), "/inbox"));
  });
  app.post("/watchlists/:id/delete", async (c) => {
    await deleteWatchlist(store, viewerOf(c).name, id(c.req.param("id"), "watchlist"));
    return c.redirect("/watchlists", 303);
  });
  app.post("/inbox/read", async (c) => {
    const f = await form(c);
    const ids = (Array.isArray(f.id) ? f.id : f.id ? [f.id] : []).map((x) => id(x, "alert"));
    await markRead(store, viewerOf(c).name, { ids });
    return c.redirect("/inbox", 303);
  });
  app.post("/sources", async (c) => {
    const v = viewerOf(c);
    requireRole(v, "admin");
    const f = await form(c);
    await addSource(store, one(f.url) ?? "", { every: parseEvery(one(f.every) || "30m"), level: one(f.level) || "public", by: v.name });
    return c.redirect("/sources", 303);
  });
  app.post("/sources/run", async (c) => {
    requireRole(viewerOf(c), "admin");
    const source = id(one((await form(c)).source), "source");
    const p = await runWatchPass(store, { ...watch, sourceIds: [source] });
    const notice = `Read ${p.read} source(s): ${p.stored} new, ${p.changed} changed, ${p.errors} errors, ${p.alerts} alert(s).`;
    return c.html(showPage(sourcesPage(await sourceStatuses(store), true, notice), "/sources"));
  });
}
