import type { Generated } from "kysely";

/** The tables of followed sources and watchlists (migrations 020 and 021). */
export interface WatchTables {
  sources: SourcesTable;
  source_items: SourceItemsTable;
  pages: PagesTable;
  page_versions: PageVersionsTable;
  watch_hosts: WatchHostsTable;
  watchlists: WatchlistsTable;
  alerts: AlertsTable;
}

/** A followed feed, sitemap or listing page and its fetch state. */
export interface SourcesTable {
  id: Generated<number>;
  url: string;
  /** What it turned out to be at the last fetch: rss, atom, rdf, json, sitemap, sitemap-index, listing. */
  kind: string | null;
  title: string | null;
  every_seconds: number;
  /** The level of every document stored from it. */
  level: string;
  /** 1: its pages may be on loopback or private addresses (an intranet feed). */
  allow_private: Generated<number>;
  added_by: string;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: string | null;
  /** ok, not_modified or error. */
  last_status: string | null;
  last_error_code: string | null;
  last_error: string | null;
  /** Failed fetches in a row: the backoff doubles with each. */
  failures: Generated<number>;
  /** Articles stored from it, ever, and in its last pass. */
  new_articles: Generated<number>;
  last_new: Generated<number>;
  /** ms since 1970. */
  next_fetch_at: Generated<number>;
  /** Who is reading it now, until when (ms): a process that dies frees it when the lease ends. */
  lease_owner: string | null;
  lease_until: Generated<number>;
}

/** An article URL (canonical) a source listed, with what happened to it. */
export interface SourceItemsTable {
  source_id: number;
  url: string;
  /** The listing's last-changed value when it was read: a new one means fetch again. */
  stamp: string | null;
  /** stored, known (stored before, from this or another source), changed (a new version stored), unchanged, error. */
  status: string;
  error: string | null;
  seen_at: string;
}

/** An article page by canonical URL: its latest document, how many versions, validators for a conditional GET. */
export interface PagesTable {
  url: string;
  document_id: number;
  versions: number;
  etag: string | null;
  last_modified: string | null;
  fetched_at: string;
  /** Set when the page answered 404 or 410. */
  gone_at: string | null;
}

/** Every stored version of a page: version 1 is the first text seen. */
export interface PageVersionsTable {
  url: string;
  version: number;
  document_id: number;
  fetched_at: string;
}

/** Politeness per host, shared by every watcher: one request at a time, then a pause; robots.txt kept for a day. */
export interface WatchHostsTable {
  host: string;
  /** No request may start before this (ms): set past a request's timeout while it runs, to its end plus the delay after. */
  busy_until: Generated<number>;
  holder: string | null;
  robots: string | null;
  robots_until: Generated<number>;
}

/** What a user follows: people (cluster ids), event types, countries (JSON arrays), a saved search; all that are set must match. */
export interface WatchlistsTable {
  id: Generated<number>;
  user_name: string;
  name: string;
  people: Generated<string>;
  types: Generated<string>;
  countries: Generated<string>;
  query: string | null;
  webhook: string | null;
  /** sha256 of the token that opens its Atom feed without a session. */
  feed_token: string | null;
  /** The last doc_events id matched against it. */
  cursor: Generated<number>;
  created_at: string;
}

/** A document event that matched a watchlist, once. */
export interface AlertsTable {
  id: Generated<number>;
  watchlist_id: number;
  doc_event_id: number;
  created_at: string;
  read_at: string | null;
  /** none (no webhook), pending, sent, failed (every try). */
  webhook_state: Generated<string>;
  webhook_attempts: Generated<number>;
  webhook_next_at: Generated<number>;
  webhook_error: string | null;
}
