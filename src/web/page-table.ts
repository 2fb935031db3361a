import { DossierError } from "../errors.js";
import { ROLES } from "../services/access/access.js";
import { currentPerson } from "../services/resolution/current-person.js";
import { alertViews } from "../services/watch/alert-view.js";
import { sourceStatuses } from "../services/watch/watch-sources.js";
import { watchlistsOf } from "../services/watch/watchlists.js";
import { idParam } from "./format.js";
import { layout, type NavLink, type PageView } from "./layout.js";
import type { SampleIds, WebPage } from "./page-request.js";
import { AUDIT_PAGE, auditPage } from "./pages/audit-page.js";
import { chartsPage } from "./pages/charts-page.js";
import { documentPage } from "./pages/document-page.js";
import { documentsPage } from "./pages/documents-page.js";
import { homePage } from "./pages/home-page.js";
import { loginPage } from "./pages/login-page.js";
import { peoplePage } from "./pages/people-page.js";
import { personPage } from "./pages/person-page.js";
import { reviewPage } from "./pages/review-page.js";
import { screenPage } from "./pages/screen-page.js";
import { searchPage } from "./pages/search-page.js";
import { timelinePage } from "./pages/timeline-page.js";
import { safePath } from "./notices.js";
import { inboxPage } from "./watch/inbox-page.js";
import { sourcesPage } from "./watch/sources-page.js";
import { watchlistFeed } from "./watch/watchlist-feed.js";
import { watchlistsPage } from "./watch/watchlists-page.js";

function id(value: string, what: string): number {
  const n = idParam(value);
  if (n === undefined) throw new DossierError("entity_not_found", `no ${what} with id "${value}"`);
  return n;
}

/**
 * Every page of the site (GET), in the order of the main navigation. The
 * router, the navigation and the tests' page lists (the canary crawl, the
 * page checks, the browser walk) are derived from this table; a page added
 * here is routed, linked when `nav` says so, and tested.
 */
export const WEB_PAGES: readonly WebPage[] = [
  { path: "/", title: "Overview", nav: true, role: "viewer", type: "html", show: async (r) => homePage(r.read()) },
  { path: "/people", title: "People", nav: true, role: "viewer", type: "html", show: async (r) => peoplePage(r.read(), r.c.req.query()) },
  {
    path: "/people/:id", title: "Person", nav: false, section: "/people", role: "viewer", type: "html",
    show: async ({ c, read }) => {
      const wanted = idParam(c.req.param("id"));
      const now = wanted === undefined ? undefined : await currentPerson(read(), wanted);
      if (now !== undefined && now !== wanted) return c.redirect(`/people/${now}${new URL(c.req.url).search}`, 302);
      return personPage(read(), c.req.param("id") ?? "", c.req.query());
    },
    samples: (ids) => ids.people.map((p) => `/people/${p}`),
  },
  { path: "/timeline", title: "Timeline", nav: true, role: "viewer", type: "html", show: async (r) => timelinePage(r.read(), r.c.req.query()) },
  { path: "/charts", title: "Charts", nav: true, role: "viewer", type: "html", show: async (r) => chartsPage(r.read()) },
  { path: "/documents", title: "Documents", nav: true, role: "viewer", type: "html", show: async (r) => documentsPage(r.read()) },
  {
    path: "/documents/:id", title: "Document", nav: false, section: "/documents", role: "viewer", type: "html",
    show: async (r) => documentPage(r.read(), id(r.c.req.param("id") ?? "", "document")),
    samples: (ids) => ids.documents.map((d) => `/documents/${d}`),
  },
  { path: "/screen", title: "Screen", nav: true, role: "viewer", type: "html", show: () => screenPage() },
  { path: "/review", title: "Review", nav: true, role: "viewer", type: "html", show: async (r) => reviewPage(r.read(), r.c.req.query()) },
  {
    path: "/inbox", title: "Inbox", nav: true, role: "viewer", type: "html",
    show: async ({ store, viewer }) => inboxPage(await alertViews(viewer().reader, viewer().name), await watchlistsOf(store, viewer().name)),
  },
  { path: "/watchlists", title: "Watchlists", nav: false, section: "/inbox", role: "viewer", type: "html", show: async (r) => watchlistsPage(await watchlistsOf(r.store, r.viewer().name)) },
  {
    // a signed-in owner, or the feed's token (a feed reader has no session): the handler checks which
    path: "/watchlists/:id/atom", title: "Watchlist feed", nav: false, role: "anyone", type: "atom",
    show: (r) => watchlistFeed(r.c, r.store, r.identified, id(r.c.req.param("id") ?? "", "watchlist")),
    samples: (ids) => ids.watchlists.map((w) => `/watchlists/${w}/atom`),
  },
  { path: "/sources", title: "Sources", nav: true, role: "viewer", type: "html", show: async (r) => sourcesPage(await sourceStatuses(r.store), ROLES[r.viewer().role].admin) },
  { path: "/search", title: "Search", nav: false, role: "viewer", type: "html", show: async (r) => searchPage(r.read(), r.c.req.query("q") ?? "") },
  {
    path: "/audit", title: "Audit log", nav: false, role: "admin", type: "html",
    show: async ({ c, options }) => {
      const since = /^\d{4}-\d{2}-\d{2}$/.test(c.req.query("since") ?? "") ? c.req.query("since")! : "";
      const filter = { user: c.req.query("user") ?? "", action: c.req.query("action") ?? "", since, page: Math.min(Math.max(1, Math.trunc(Number(c.req.query("page"))) || 1), 1_000_000) };
      const entries = (await options.audit?.read({ user: filter.user || undefined, action: filter.action || undefined, since: since || undefined,
        limit: AUDIT_PAGE + 1, offset: (filter.page - 1) * AUDIT_PAGE })) ?? [];
      return auditPage(entries.slice(0, AUDIT_PAGE), filter, entries.length > AUDIT_PAGE);
    },
  },
  { path: "/login", title: "Sign in", nav: false, role: "anyone", type: "html", show: (r) => loginPage(safePath(r.c.req.query("next"))) },
];

/** The main navigation: the pages with `nav`, in the table's order. */
export const NAVIGATION: readonly NavLink[] = WEB_PAGES.filter((p) => p.nav).map((p) => ({ href: p.path, label: p.title }));

/** A page view laid out with the navigation, `section` marked current. */
export const showPage = (view: PageView, section?: string): string => layout(view, NAVIGATION, section).markup;

/** The navigation entry a page marks current. */
export const sectionOf = (p: WebPage): string | undefined => p.section ?? (p.nav ? p.path : undefined);

/** The paths to test every page on: each page's path, or its samples from the ids given. */
export const pagePaths = (ids: SampleIds, pages: readonly WebPage[] = WEB_PAGES): string[] => pages.flatMap((p) => p.samples?.(ids) ?? [p.path]);
