import { hostname } from "node:os";
import { DossierError } from "../../errors.js";
import { FETCH_DEFAULTS, fetchPage, type FetchedPage, type FetchOptions } from "../../ingest/fetch/fetch-page.js";
import { hostOf } from "../../ingest/feeds/canonical-url.js";
import { robotsRules, ROBOTS_AGENT, type RobotsRules } from "../../ingest/feeds/robots-rules.js";
import type { Kysely } from "kysely";
import type { Database } from "../../store/database.js";
import { claimHost, keepRobots, keptRobots, releaseHost } from "../../store/watch/host-rows.js";

/** The User-Agent of every watcher request: it names dossier and the token robots.txt groups are matched on. */
export const WATCH_USER_AGENT = `${ROBOTS_AGENT}/0.1 (news watcher; honours robots.txt)`;

/** How long robots.txt is kept, and how long a server error on it forbids the host. */
const ROBOTS_FRESH_MS = 24 * 3600_000;
const ROBOTS_ERROR_MS = 3600_000;
const ROBOTS_MAX_BYTES = 512 * 1024;
/** Every error status is kept (the robots.txt rules depend on which). */
const ALL_ERRORS = Array.from({ length: 200 }, (_, i) => 400 + i);
/** A robots.txt that forbids everything: what a server error on robots.txt means (RFC 9309, 2.3.1.4). */
const FORBID_ALL = "User-agent: *\nDisallow: /\n";

export interface PoliteOptions {
  /** Timeouts, size cap, name resolution and addresses, as URL ingest has them. */
  fetch?: FetchOptions;
  /** Pause after each request to a host before the next (ms); a robots.txt Crawl-delay that is longer wins. */
  hostDelayMs?: number;
}

/** Who this watcher is, in leases and host claims: the machine, the process, and a random part. */
export const watcherId = (): string => `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fetches as a polite crawler: robots.txt first (kept a day, shared through
 * the database), one request at a time per host across every watcher that
 * shares the database (a claim on the host's row, held past the request's
 * timeout so that a watcher killed mid-request frees it), then a pause
 * before the next; with fetchPage's guards (deadline, size cap, redirects,
 * private addresses) and a User-Agent that names dossier.
 */
export class PoliteFetcher {
  private readonly robots = new Map<string, Promise<RobotsRules & { reason?: string }>>();
  constructor(private readonly db: Kysely<Database>, readonly holder: string, private readonly options: PoliteOptions = {}) {}

  /** A page, if robots.txt allows it (robots_disallowed otherwise). */
  async get(url: string, extra: FetchOptions = {}): Promise<FetchedPage> {
    const rules = await this.rulesFor(url, extra);
    if (!rules.allows(url)) throw new DossierError("robots_disallowed", `${url}: ${rules.reason ?? `the robots.txt of ${hostOf(url)} forbids ${ROBOTS_AGENT} to fetch it`}`);
    return this.request(url, extra, rules.delayMs);
  }

  private async request(url: string, extra: FetchOptions, crawlDelayMs?: number): Promise<FetchedPage> {
    const host = hostOf(url);
    const settings = { ...this.options.fetch, ...extra, userAgent: WATCH_USER_AGENT };
    const delay = Math.max(this.options.hostDelayMs ?? 1000, crawlDelayMs ?? 0);
    const timeout = settings.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
    for (;;) {
      const now = Date.now();
      const busy = await claimHost(this.db, host, this.holder, now, now + timeout + delay + 1000);
      if (!busy) break;
      await sleep(Math.min(Math.max(busy - now, 5), 1000));
    }
    try {
      return await fetchPage(url, settings);
    } finally {
      await releaseHost(this.db, host, this.holder, Date.now() + delay);
    }
  }

  private rulesFor(url: string, extra: FetchOptions): Promise<RobotsRules & { reason?: string }> {
    const origin = new URL(url).origin;
    let rules = this.robots.get(origin);
    if (!rules) {
      rules = this.loadRobots(origin, extra);
      this.robots.set(origin, rules);
      rules.catch(() => this.robots.delete(origin));
    }
    return rules;
  }

  /** robots.txt: kept a day; a 4xx (none) allows everything, a 5xx forbids everything for an hour, a failed fetch fails the request. */
  private async loadRobots(origin: string, extra: FetchOptions): Promise<RobotsRules & { reason?: string }> {
    const robotsUrl = `${origin}/robots.txt`;
    const host = hostOf(robotsUrl);
    const kept = await keptRobots(this.db, host, Date.now());
    if (kept !== undefined) return { ...robotsRules(robotsUrl, kept), ...(kept === FORBID_ALL ? { reason: "robots.txt answered a server error: nothing is fetched from this host for an hour" } : {}) };
    let page: FetchedPage;
    try {
      page = await this.request(robotsUrl, { ...extra, maxBytes: ROBOTS_MAX_BYTES, keepStatuses: ALL_ERRORS, accept: "text/plain" });
    } catch (err) {
      throw new DossierError((err as DossierError).code ?? "fetch_failed", `robots.txt could not be read: ${(err as Error).message}`);
    }
    if (page.status >= 500) {
      await keepRobots(this.db, host, FORBID_ALL, Date.now() + ROBOTS_ERROR_MS);
      return { ...robotsRules(robotsUrl, FORBID_ALL), reason: `robots.txt answered HTTP ${page.status}: nothing is fetched from this host for an hour` };
    }
    const body = page.status >= 400 ? "" : page.bytes.toString("utf8");
    await keepRobots(this.db, host, body, Date.now() + ROBOTS_FRESH_MS);
    return robotsRules(robotsUrl, body);
  }
}
