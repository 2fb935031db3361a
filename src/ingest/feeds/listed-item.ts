import type { PartialDate } from "../../text/doc.js";
import { normalizeDate } from "../normalize-date.js";
import { canonicalUrl } from "./canonical-url.js";

/** An article a feed, sitemap or listing page points to. */
export interface ListedItem {
  /** Canonical (canonicalUrl). */
  url: string;
  title?: string;
  /** The publication date the listing gives. */
  published?: PartialDate;
  /** What the listing says about the article's last change (updated, lastmod, date_modified): a new value means "fetch it again". */
  stamp?: string;
}

/** What a listing is and what it points to: articles, and for a sitemap index its sitemaps. */
export interface Listing {
  kind: "rss" | "atom" | "rdf" | "json" | "sitemap" | "sitemap-index" | "listing";
  title?: string;
  items: ListedItem[];
  sitemaps: string[];
}

/** "Tue, 02 Jan 2024 10:00:00 GMT" or "2024-01-02T10:00:00Z" -> "2024-01-02". */
export function listedDate(value: unknown): PartialDate | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined;
  const direct = normalizeDate(value);
  if (direct) return direct;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** Items with a usable URL, each once (the first listing of a URL wins), at most `max`. */
export function uniqueItems(items: (Omit<ListedItem, "url"> & { url?: string })[], base: string, max: number): ListedItem[] {
  const seen = new Set<string>();
  const out: ListedItem[] = [];
  for (const item of items) {
    const url = item.url ? canonicalUrl(item.url, base) : undefined;
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const clean: ListedItem = { url };
    if (item.title) clean.title = item.title.slice(0, 500);
    if (item.published) clean.published = item.published;
    if (item.stamp) clean.stamp = item.stamp.slice(0, 100);
    out.push(clean);
    if (out.length >= max) break;
  }
  return out;
}
