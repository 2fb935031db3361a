import { Hono, type Context } from "hono";
import { z } from "zod";
import { DossierError, isDossierError } from "../errors.js";
import { LOCAL_USER, requireRole, type Viewer } from "../services/access/access.js";
import type { Store } from "../store/open-store.js";
import type { ApiRoute, FileBody } from "./api-route.js";
import { errorResponse } from "./error-response.js";
import { MAX_INT } from "./presenters/common.js";
import { jsonResponse } from "./json-response.js";
import { API_ROUTES } from "./route-table.js";
import { readJsonBody, validateInput } from "./validate-input.js";

export interface ApiOptions {
  /** Told of every unexpected error (a 500), which the client sees without details. */
  report?: (err: unknown) => void;
  /** Who asks (set by the server's sign-in check; undefined: nobody signed in); without it, the local owner, who sees everything. */
  viewerOf?: (c: Context) => Viewer | undefined;
}

/** Routes without a query take none: a stray parameter is a usage error, not silently ignored. */
const EMPTY = z.object({}).strict();

/** Validate, call the service, present: the one handler every route shares. */
async function runRoute(route: ApiRoute, writer: Store, viewer: Viewer, c: Context): Promise<Response> {
  if (route.requires) requireRole(viewer, route.requires);
  const params = route.params ? validateInput(route.params, c.req.param(), "path") : {};
  // an id past any a table can hold names nothing (and never reaches the database, whose integer it would overflow)
  if (typeof params.id === "number" && params.id > MAX_INT) throw new DossierError("entity_not_found", `nothing has the id ${c.req.param("id")}`);
  const input = {
    params,
    query: validateInput(route.query ?? EMPTY, c.req.query(), "query"),
    body: route.body ? validateInput(route.body, await readJsonBody(c), "body") : {},
  };
  const result = await route.handle(viewer.reader, input, { viewer, writer });
  if (route.produces) {
    const file = result as FileBody;
    return c.body(file.body, 200, { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"` });
  }
  return jsonResponse(result, route.status ?? 200);
}

/** The JSON API, mounted at /api: every route of API_ROUTES, JSON errors, and not_found for anything else. */
export function apiRoutes(store: Store, options: ApiOptions = {}): Hono {
  const app = new Hono();
  const viewerOf = (c: Context): Viewer => {
    const viewer = options.viewerOf ? options.viewerOf(c) : { ...LOCAL_USER, reader: store };
    if (!viewer) throw new DossierError("unauthorized", "sign in first: send a session cookie or an API token (Authorization: Bearer …)");
    return viewer;
  };
  for (const route of API_ROUTES) app.on(route.method.toUpperCase(), route.path, (c) => runRoute(route, store, viewerOf(c), c));
  app.all("*", (c) => {
    throw new DossierError("not_found", `no route ${c.req.method} ${new URL(c.req.url).pathname}; see /api/openapi.json`);
  });
  app.onError((err) => {
    if (!isDossierError(err)) options.report?.(err);
    const { status, body } = errorResponse(err);
    return jsonResponse(body, status);
  });
  return app;
}
