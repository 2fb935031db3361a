import { Hono } from "hono";
import type { Store } from "../store/open-store.js";

/** The web pages (filled in by the web UI work). */
export function webRoutes(_store: Store): Hono {
  return new Hono();
}
