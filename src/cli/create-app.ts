import { Hono, type MiddlewareHandler } from "hono";
import { DossierError } from "../errors.js";
import type { Store } from "../store/open-store.js";
import { apiRoutes } from "../http/api-routes.js";
import { errorResponse } from "../http/error-response.js";
import { jsonResponse } from "../http/json-response.js";
import { webRoutes } from "../web/web-routes.js";

/** Sent with every response, pages and API alike: nothing but our own scripts and styles, no framing, no referrer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

export interface AppOptions {
  /**
   * Host names the server answers to (as in the Host header, IPv6 in
   * brackets). Others get 403: a page on another site that rebinds its own
   * name to 127.0.0.1 cannot then read or change the knowledge base.
   */
  hosts?: readonly string[];
  /** Told of every unexpected error (a 500). */
  report?: (err: unknown) => void;
}

const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};

const onlyHosts = (hosts: readonly string[]): MiddlewareHandler => async (c, next) => {
  const host = new URL(c.req.url).hostname.toLowerCase();
  if (!hosts.includes(host)) {
    const { status, body } = errorResponse(new DossierError("forbidden", `this server does not answer to the host "${host}"`));
    return jsonResponse(body, status);
  }
  await next();
};

/** The whole HTTP surface on one store: the JSON API under /api and the web pages. */
export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use("*", securityHeaders);
  if (options.hosts) app.use("*", onlyHosts(options.hosts));
  app.route("/api", apiRoutes(store, { report: options.report }));
  app.route("/", webRoutes(store));
  return app;
}
