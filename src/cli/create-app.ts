import { Hono } from "hono";
import type { Store } from "../store/open-store.js";
import { apiRoutes } from "../http/api-routes.js";
import { webRoutes } from "../web/web-routes.js";

/** The whole HTTP surface on one store: the JSON API under /api and the web pages. */
export function createApp(store: Store): Hono {
  const app = new Hono();
  app.route("/api", apiRoutes(store));
  app.route("/", webRoutes(store));
  return app;
}
