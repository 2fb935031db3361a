import type { Context } from "hono";
import type { Role, Viewer } from "../services/access/access.js";
import type { AuditTrail } from "../services/access/audit-trail.js";
import type { WatchOptions } from "../services/watch/watch-pass.js";
import type { Store } from "../store/open-store.js";
import type { PageView } from "./layout.js";

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

/** One GET of a page: the request, the whole store, who asks (undefined only on pages open to anyone) and the server's options. */
export interface PageRequest {
  c: Context;
  store: Store;
  identified: Viewer | undefined;
  /** Who asks; throws unauthorized when nobody signed in. */
  viewer: () => Viewer;
  /** The store as the viewer's clearance shows it. */
  read: () => Store;
  options: WebOptions;
}

/** Ids a test has at hand, for the sample paths of pages with a parameter. */
export interface SampleIds {
  people: number[];
  documents: number[];
  watchlists: number[];
}

/** One row of the page table (`page-table.ts`). */
export interface WebPage {
  /** As the router matches it (`/people/:id`). */
  path: string;
  /** What the navigation calls it, or what kind of page it is. */
  title: string;
  /** In the main navigation, in the table's order. */
  nav: boolean;
  /** The navigation entry marked current on this page (a nav page's own path by default). */
  section?: string;
  /** The least role that may read it; "anyone" for pages reached without signing in (they check what they need themselves). */
  role: Role | "anyone";
  /** Answers with a page view (laid out with the navigation) or a whole response (a redirect, a feed). */
  show: (r: PageRequest) => Promise<PageView | Response> | PageView | Response;
  /** What it answers: an HTML page, or an Atom feed. */
  type: "html" | "atom";
  /** Paths to test it on; by default its path alone. A page with a parameter names its samples from the ids given. */
  samples?: (ids: SampleIds) => string[];
}
