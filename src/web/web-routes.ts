import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { DossierError } from "../errors.js";
import { currentPerson } from "../services/current-person.js";
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
import { timelinePage } from "./pages/timeline-page.js";
import { judgeAction, undoAction } from "./review-actions.js";

const show = (markup: Html): string => markup.markup;

function id(value: string, what: string): number {
  const n = idParam(value);
  if (n === undefined) throw new DossierError("entity_not_found", `no ${what} with id "${value}"`);
  return n;
}

/**
 * The analyst's pages: server-rendered HTML, one stylesheet and one small
 * script under /assets/, forms that POST judgements and redirect back (303).
 * No middleware on "*": this app is mounted at "/" beside the API.
 */
export function webRoutes(store: Store): Hono {
  const app = new Hono();
  app.onError(errorPage);
  app.route("/", assetRoutes());
  app.get("/", async (c) => c.html(show(await homePage(store))));
  app.get("/search", async (c) => c.html(show(await searchPage(store, c.req.query("q") ?? ""))));
  app.get("/people", async (c) => c.html(show(await peoplePage(store, c.req.query()))));
  app.get("/people/:id", async (c) => {
    const wanted = idParam(c.req.param("id"));
    const now = wanted === undefined ? undefined : await currentPerson(store, wanted);
    if (now !== undefined && now !== wanted) return c.redirect(`/people/${now}${new URL(c.req.url).search}`, 302);
    return c.html(show(await personPage(store, c.req.param("id"), c.req.query())));
  });
  app.get("/documents", async (c) => c.html(show(await documentsPage(store))));
  app.get("/documents/:id", async (c) => c.html(show(await documentPage(store, id(c.req.param("id"), "document")))));
  app.get("/timeline", async (c) => c.html(show(await timelinePage(store, c.req.query()))));
  app.get("/charts", async (c) => c.html(show(await chartsPage(store))));
  app.get("/review", async (c) => c.html(show(await reviewPage(store, c.req.query()))));
  app.post("/review/*", csrf());
  app.post("/review/judge", (c) => judgeAction(store, c));
  app.post("/review/undo", (c) => undoAction(store, c));
  // last, so that it only catches what nothing else answers (the API, mounted first at /api, keeps its own)
  app.all("*", (c) => {
    throw new DossierError("not_found", `there is no page at ${new URL(c.req.url).pathname}`);
  });
  return app;
}
