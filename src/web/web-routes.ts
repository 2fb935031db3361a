import { Hono, type Context } from "hono";
import { csrf } from "hono/csrf";
import { DossierError, isDossierError } from "../errors.js";
import { LOCAL_USER, requireRole, type Viewer } from "../services/access/access.js";
import type { Store } from "../store/open-store.js";
import { assetRoutes } from "./asset-routes.js";
import { errorPage } from "./error-page.js";
import type { PageRequest, WebOptions, WebPage } from "./page-request.js";
import { sectionOf, showPage, WEB_PAGES } from "./page-table.js";
import { loginPage } from "./pages/login-page.js";
import { screenPage } from "./pages/screen-page.js";
import { screenArticle } from "../services/reading/screen-article.js";
import { correctAction, reviewAction, settleAction, undoFactAction } from "./fact-actions.js";
import { judgeAction, levelAction, protectAction, undoAction } from "./review-actions.js";
import { safePath } from "./notices.js";
import { withViewer } from "./viewer.js";
import { watchRoutes } from "./watch/watch-routes.js";

export type { WebOptions } from "./page-request.js";

/** Refuses a viewer below the page's least role (every role may read a "viewer" page). */
function admit(viewer: Viewer, p: WebPage): void {
  if (p.role === "admin") requireRole(viewer, "admin");
  else if (p.role === "analyst") requireRole(viewer, "judge");
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
  for (const p of WEB_PAGES) {
    app.get(p.path, async (c) => {
      const request: PageRequest = { c, store, identified: identified(c), viewer: () => viewerOf(c), read: () => read(c), options };
      if (p.role !== "anyone") admit(request.viewer(), p);
      const answer = await p.show(request);
      return answer instanceof Response ? answer : c.html(showPage(answer, sectionOf(p)));
    });
  }
  app.post("/login", csrf(), async (c) => {
    const f = await c.req.parseBody();
    const next = safePath(typeof f.next === "string" ? f.next : undefined);
    if (!options.signIn) return c.redirect(next, 303);
    try {
      await options.signIn(c, String(f.name ?? ""), String(f.password ?? ""));
    } catch (err) {
      if (!isDossierError(err) || !["unauthorized", "too_many_attempts"].includes(err.code)) throw err;
      return c.html(showPage(loginPage(next, err.message)), err.httpStatus as 401 | 429);
    }
    return c.redirect(next, 303);
  });
  app.post("/logout", csrf(), async (c) => {
    await options.signOut?.(c);
    return c.redirect("/login", 303);
  });
  app.post("/screen", csrf(), async (c) => {
    const f = await c.req.parseBody();
    const text = typeof f.text === "string" ? f.text.slice(0, 60_000) : "";
    const published = typeof f.published === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.published.trim()) ? f.published.trim() : undefined;
    if (!text.trim()) throw new DossierError("usage", "paste an article's text to screen it");
    return c.html(showPage(screenPage({ text, published }, await screenArticle(read(c), text, published)), "/screen"));
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
