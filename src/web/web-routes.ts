import { Hono, type Context } from "hono";
import { csrf } from "hono/csrf";
import { DossierError, isDossierError } from "../errors.js";
import { LOCAL_USER, requireRole, type Viewer } from "../services/access/access.js";
import type { AuditTrail } from "../services/access/audit-trail.js";
import { currentPerson } from "../services/resolution/current-person.js";
import type { Store } from "../store/open-store.js";
import { assetRoutes } from "./asset-routes.js";
import { errorPage } from "./error-page.js";
import { idParam } from "./format.js";
import type { Html } from "./html.js";
import { chartsPage } from "./pages/charts-page.js";
import { documentPage } from "./pages/document-page.js";
import { documentsPage } from "./pages/documents-page.js";
import { homePage } from "./pages/home-page.js";
import { peoplePage } from "./pages/people-page.js";
import { personPage } from "./pages/person-page.js";
import { reviewPage } from "./pages/review-page.js";
import { searchPage } from "./pages/search-page.js";
import { screenPage } from "./pages/screen-page.js";
import { screenArticle } from "../services/reading/screen-article.js";
import { timelinePage } from "./pages/timeline-page.js";
import { AUDIT_PAGE, auditPage } from "./pages/audit-page.js";
import { loginPage } from "./pages/login-page.js";
import { correctAction, reviewAction, settleAction, undoFactAction } from "./fact-actions.js";
import { judgeAction, levelAction, protectAction, undoAction } from "./review-actions.js";
import { safePath } from "./notices.js";
import { withViewer } from "./viewer.js";
import type { WatchOptions } from "../services/watch/watch-pass.js";
import { watchRoutes } from "./watch/watch-routes.js";

const show = (markup: Html): string => markup.markup;

function id(value: string, what: string): number {
  const n = idParam(value);
  if (n === undefined) throw new DossierError("entity_not_found", `no ${what} with id "${value}"`);
  return n;
}

export interface WebOptions {
  /** Who asks (set by the server's sign-in check); by default the local owner, who sees everything. */
  viewerOf?: (c: Context) => Viewer | undefined;
  /** The audit log, for /audit (admins). */
  audit?: AuditTrail;
  /** Signs in with a name and password from the login form (a server with --auth). */
  signIn?: (c: Context, name: string, password: string) => Promise<void>;
  signOut?: (c: Context) => Promise<void>;
  /** How "Fetch now" on /sources fetches (the server's watcher options). */
  watch?: WatchOptions;
}

/**
 * The analyst's pages: server-rendered HTML, one stylesheet and one small
 * script under /assets/, forms that POST judgements and redirect back (303).
 * Every page reads the knowledge base as the viewer's clearance shows it;
 * this app is mounted at "/" beside the API.
 */
export function webRoutes(store: Store, options: WebOptions = {}): Hono {
  const app = new Hono();
  // with sign-in, a request nobody was identified for reads nothing (only /login and /assets let it through)
  const identified = (c: Context): Viewer | undefined => (options.viewerOf ? options.viewerOf(c) : { ...LOCAL_USER, reader: store });
  const viewerOf = (c: Context): Viewer => {
    const viewer = identified(c);
    if (!viewer) throw new DossierError("unauthorized", "sign in first");
    return viewer;
  };
  const read = (c: Context): Store => viewerOf(c).reader;
  app.onError(errorPage);
  app.route("/", assetRoutes());
  app.use("*", (c, next) => {
    const viewer = identified(c);
    return viewer ? withViewer(viewer, next) : next();
  });
  app.get("/login", (c) => c.html(show(loginPage(safePath(c.req.query("next"))))));
  app.post("/login", csrf(), async (c) => {
    const f = await c.req.parseBody();
    const next = safePath(typeof f.next === "string" ? f.next : undefined);
    if (!options.signIn) return c.redirect(next, 303);
    try {
      await options.signIn(c, String(f.name ?? ""), String(f.password ?? ""));
    } catch (err) {
      if (!isDossierError(err) || !["unauthorized", "too_many_attempts"].includes(err.code)) throw err;
      return c.html(show(loginPage(next, err.message)), err.httpStatus as 401 | 429);
    }
    return c.redirect(next, 303);
  });
  app.post("/logout", csrf(), async (c) => {
    await options.signOut?.(c);
    return c.redirect("/login", 303);
  });
  app.get("/audit", async (c) => {
    requireRole(viewerOf(c), "admin");
    const since = /^\d{4}-\d{2}-\d{2}$/.test(c.req.query("since") ?? "") ? c.req.query("since")! : "";
    const filter = { user: c.req.query("user") ?? "", action: c.req.query("action") ?? "", since, page: Math.min(Math.max(1, Math.trunc(Number(c.req.query("page"))) || 1), 1_000_000) };
    const entries = (await options.audit?.read({ user: filter.user || undefined, action: filter.action || undefined, since: since || undefined,
      limit: AUDIT_PAGE + 1, offset: (filter.page - 1) * AUDIT_PAGE })) ?? [];
    return c.html(show(auditPage(entries.slice(0, AUDIT_PAGE), filter, entries.length > AUDIT_PAGE)));
  });
  app.get("/", async (c) => c.html(show(await homePage(read(c)))));
  app.get("/search", async (c) => c.html(show(await searchPage(read(c), c.req.query("q") ?? ""))));
  app.get("/people", async (c) => c.html(show(await peoplePage(read(c), c.req.query()))));
  app.get("/people/:id", async (c) => {
    const wanted = idParam(c.req.param("id"));
    const now = wanted === undefined ? undefined : await currentPerson(read(c), wanted);
    if (now !== undefined && now !== wanted) return c.redirect(`/people/${now}${new URL(c.req.url).search}`, 302);
    return c.html(show(await personPage(read(c), c.req.param("id"), c.req.query())));
  });
  app.get("/documents", async (c) => c.html(show(await documentsPage(read(c)))));
  app.get("/documents/:id", async (c) => c.html(show(await documentPage(read(c), id(c.req.param("id"), "document")))));
  app.get("/timeline", async (c) => c.html(show(await timelinePage(read(c), c.req.query()))));
  app.get("/charts", async (c) => c.html(show(await chartsPage(read(c)))));
  app.get("/review", async (c) => c.html(show(await reviewPage(read(c), c.req.query()))));
  app.get("/screen", (c) => c.html(show(screenPage())));
  app.post("/screen", csrf(), async (c) => {
    const f = await c.req.parseBody();
    const text = typeof f.text === "string" ? f.text.slice(0, 60_000) : "";
    const published = typeof f.published === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.published.trim()) ? f.published.trim() : undefined;
    if (!text.trim()) throw new DossierError("usage", "paste an article's text to screen it");
    return c.html(show(screenPage({ text, published }, await screenArticle(read(c), text, published))));
  });
  app.post("/review/*", csrf());
  app.post("/review/judge", (c) => judgeAction(store, viewerOf(c), c));
  app.post("/review/undo", (c) => undoAction(store, viewerOf(c), c));
  app.post("/facts/*", csrf());
  app.post("/facts/correct", (c) => correctAction(store, viewerOf(c), c));
  app.post("/facts/review", (c) => reviewAction(store, viewerOf(c), c));
  app.post("/facts/settle", (c) => settleAction(store, viewerOf(c), c));
  app.post("/facts/undo", (c) => undoFactAction(store, viewerOf(c), c));
  app.post("/admin/*", csrf());
  app.post("/admin/level", (c) => levelAction(store, viewerOf(c), c));
  app.post("/admin/protect", (c) => protectAction(store, viewerOf(c), c));
  watchRoutes(app, store, identified, options.watch);
  // last, so that it only catches what nothing else answers (the API, mounted first at /api, keeps its own)
  app.all("*", (c) => {
    throw new DossierError("not_found", `there is no page at ${new URL(c.req.url).pathname}`);
  });
  return app;
}
