import { Hono, type Context, type MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { DossierError, isDossierError } from "../errors.js";
import { LOCAL_USER, ROLES, type Viewer } from "../services/access/access.js";
import type { AuditTrail } from "../services/access/audit-trail.js";
import { SESSION_HOURS, sessionUser, signIn, signOut, tokenUser } from "../services/administration/users.js";
import { errorPage } from "../web/error-page.js";
import type { Store } from "../store/open-store.js";
import { apiRoutes } from "../http/api-routes.js";
import { errorResponse } from "../http/error-response.js";
import { jsonResponse } from "../http/json-response.js";
import { WEB_PAGES } from "../web/page-table.js";
import { webRoutes } from "../web/web-routes.js";
import type { WatchOptions } from "../services/watch/watch-pass.js";
import { limitBodies } from "./request-bodies.js";

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
  /**
   * Sign-in required (serve --auth): every page and API route but /login and
   * /assets needs a session cookie or an API token, and reads the knowledge
   * base as the user's role allows. Without it, the one local user sees everything.
   */
  auth?: boolean;
  /** Where views, searches, exports and changes are recorded. */
  audit?: AuditTrail;
  /** How the watcher fetches when an admin asks for a source now (the server's own scheduler takes the same). */
  watch?: WatchOptions;
  /**
   * The server sits behind a reverse proxy that terminates TLS (serve
   * --trust-proxy): the client's address is the last one X-Forwarded-For
   * gives (the proxy's own view of its client), and X-Forwarded-Proto https
   * makes the session cookie Secure. Without it both headers are ignored:
   * anyone could send them.
   */
  trustProxy?: boolean;
}

/** Who is at the other end of a request: the address sign-in attempts are counted under, and whether it came over TLS. */
export function clientOf(c: Context, trustProxy = false): { address: string; secure: boolean } {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? "unknown";
  if (!trustProxy) return { address: socket, secure: new URL(c.req.url).protocol === "https:" };
  const forwarded = (c.req.header("x-forwarded-for") ?? "").split(",").map((a) => a.trim()).filter(Boolean).at(-1);
  const proto = (c.req.header("x-forwarded-proto") ?? "").split(",")[0].trim().toLowerCase();
  return { address: forwarded ?? socket, secure: proto === "https" || new URL(c.req.url).protocol === "https:" };
}

const SESSION_COOKIE = "dossier_session";
/**
 * Reached without a session: the assets and the pages of the page table open to
 * anyone (the login page, a watchlist's Atom feed, which checks its own token).
 */
const OPEN_PATHS = new RegExp(`^/(?:assets/.*|${WEB_PAGES.filter((p) => p.role === "anyone").map((p) => p.path.slice(1).replace(/:\w+/g, "\\d+")).join("|")})$`);

/** The viewer a request was identified as (set by `identify`). */
const viewerOf = (c: Context): Viewer | undefined => c.get("viewer" as never) as Viewer | undefined;

/**
 * Who asks: the session cookie's user or the bearer token's, with the store
 * their clearance shows. Without one: 401 from the API, the login page for
 * pages. A POST with a session must carry its CSRF token (form field csrf,
 * or header X-CSRF-Token); one with a token needs none (no cookie, no CSRF).
 */
const identify = (store: Store): MiddlewareHandler => async (c, next) => {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
  const cookie = getCookie(c, SESSION_COOKIE);
  let viewer: Viewer | undefined;
  if (bearer) {
    const user = await tokenUser(store.db, bearer);
    if (!user) throw new DossierError("unauthorized", "the API token is not valid or was revoked");
    viewer = { name: user.name, role: user.role, reader: await store.reader(ROLES[user.role].clearance) };
  } else if (cookie) {
    const session = await sessionUser(store.db, cookie);
    if (session) viewer = { name: session.user.name, role: session.user.role, csrf: session.csrf, reader: await store.reader(ROLES[session.user.role].clearance) };
  }
  const path = new URL(c.req.url).pathname;
  if (!viewer) {
    if (OPEN_PATHS.test(path)) return next();
    if (path.startsWith("/api/") || c.req.method !== "GET") throw new DossierError("unauthorized", "sign in first: send a session cookie or an API token (Authorization: Bearer …)");
    return c.redirect(`/login?next=${encodeURIComponent(path + new URL(c.req.url).search)}`, 303);
  }
  if (c.req.method === "POST" && viewer.csrf) {
    const sent = c.req.header("x-csrf-token") ?? (/form/.test(c.req.header("content-type") ?? "") ? (await c.req.parseBody()).csrf : undefined);
    if (sent !== viewer.csrf) throw new DossierError("forbidden", "this form is out of date or was not sent from a page of this site; reload the page and try again");
  }
  c.set("viewer" as never, viewer as never);
  await next();
};

/** Who the audit log names for a request nobody signed in for, on a server with sign-in. */
export const ANONYMOUS = "anonymous";

/** Answers that refuse an access: logged as "denied", with the status and the reason. */
const DENIED = new Set([401, 403, 404, 405, 413, 429]);

/** A target as the log keeps it: what the caller asked for, on one line and at most 500 characters. */
const targetOf = (url: URL): string => (url.pathname + url.search).replace(/[\u0000-\u001f\u007f]/g, "?").slice(0, 500);

/**
 * Every request in the audit log, under the identity it was served to: the
 * signed-in user, "anonymous" (sign-in required but none given) or, without
 * sign-in, the local owner. GETs as views (within a second), the rest and
 * exports at once; a refused access (401, 403, a hidden or missing id, a
 * refused judgement, a body too large, too many attempts, a page that
 * needs sign-in) as "denied" with its status and error code, input that
 * fails validation as "invalid". Sign-ins are logged by the sign-in itself.
 */
const recordIn = (audit: AuditTrail, auth: boolean): MiddlewareHandler => async (c, next) => {
  await next();
  const url = new URL(c.req.url);
  if (url.pathname.startsWith("/assets/") || url.pathname === "/login") return;
  const viewer = viewerOf(c);
  const who = viewer?.name ?? (auth ? ANONYMOUS : LOCAL_USER.name);
  const target = targetOf(url);
  const status = c.res.status;
  const signInFirst = auth && !viewer && status === 303;
  if (DENIED.has(status) || signInFirst) {
    const code = isDossierError(c.error) ? c.error.code : signInFirst ? "unauthorized" : "refused";
    audit.viewed(who, "denied", target, `${c.req.method} ${status} ${code}`);
    return;
  }
  if (status === 400) {
    // input validation failures (a bad id, a stray parameter, a body that is not JSON) are security-relevant too
    audit.viewed(who, "invalid", target, `${c.req.method} 400 ${isDossierError(c.error) ? c.error.code : "usage"}`);
    return;
  }
  if (status >= 400) return;
  if (url.pathname === "/api/export") await audit.changed(who, "export", target);
  else if (c.req.method === "GET") audit.viewed(who, url.pathname.endsWith("/search") ? "search" : "view", target);
  else await audit.changed(who, url.pathname === "/logout" ? "sign-out" : c.req.method.toLowerCase(), target);
};

/** Where /login's form and /logout lead: a session cookie set or cleared, and the audit log told. */
function sessionHandlers(store: Store, audit: AuditTrail | undefined, trustProxy: boolean) {
  return {
    async signIn(c: Context, name: string, password: string) {
      const { address, secure } = clientOf(c, trustProxy);
      try {
        const { cookie } = await signIn(store.db, name, password, address);
        setCookie(c, SESSION_COOKIE, cookie, { httpOnly: true, sameSite: "Strict", path: "/", maxAge: SESSION_HOURS * 3600, secure });
        await audit?.changed(name, "sign-in", address);
      } catch (err) {
        await audit?.changed(name.slice(0, 64), "sign-in failed", address, isDossierError(err) ? err.code : null);
        throw err;
      }
    },
    async signOut(c: Context) {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie) await signOut(store.db, cookie);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
    },
  };
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
  if (options.audit) app.use("*", recordIn(options.audit, options.auth ?? false));
  app.use("*", limitBodies());
  if (options.auth) app.use("*", identify(store));
  app.onError((err, c) => {
    const { status, body } = errorResponse(err);
    if (status === 500) options.report?.(err);
    return new URL(c.req.url).pathname.startsWith("/api/") || !isDossierError(err) ? jsonResponse(body, status) : errorPage(err, c);
  });
  const viewer = options.auth ? viewerOf : undefined;
  app.route("/api", apiRoutes(store, { report: options.report, viewerOf: viewer }));
  app.route("/", webRoutes(store, { viewerOf: viewer, audit: options.audit, watch: options.watch, ...(options.auth ? sessionHandlers(store, options.audit, options.trustProxy ?? false) : {}) }));
  return app;
}
