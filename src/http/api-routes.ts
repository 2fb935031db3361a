import { Hono } from "hono";
import type { Store } from "../store/open-store.js";

/** The JSON API (filled in by the API work). */
export function apiRoutes(_store: Store): Hono {
  return new Hono();
}
