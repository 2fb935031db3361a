import type { FetchOptions } from "../../ingest/fetch/fetch-page.js";
import type { ListedItem, Listing } from "../../ingest/feeds/listed-item.js";
import { MAX_ITEMS, readListing } from "../../ingest/feeds/read-listing.js";
import type { SourceRow } from "../../store/watch/source-rows.js";
import type { PoliteFetcher } from "./polite-fetcher.js";

const LISTING_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.1";

export type SourceRead =
  | { notModified: true; etag?: string; lastModified?: string }
  | { notModified: false; listing: Listing; etag?: string; lastModified?: string };

/**
 * Fetches a source with a conditional GET (the validators of its last
 * answer) and reads what it lists; a sitemap index's sitemaps are fetched
 * too (each politely), up to MAX_ITEMS articles in all.
 */
export async function readSource(fetcher: PoliteFetcher, source: SourceRow, fetch: FetchOptions): Promise<SourceRead> {
  const options: FetchOptions = { ...fetch, allowPrivate: Boolean(source.allow_private) || fetch.allowPrivate, accept: LISTING_ACCEPT };
  const page = await fetcher.get(source.url, { ...options, conditional: { etag: source.etag ?? undefined, lastModified: source.last_modified ?? undefined } });
  const validators = { etag: page.etag, lastModified: page.lastModified };
  if (page.status === 304) return { notModified: true, ...validators };
  const listing = readListing(page);
  if (listing.kind !== "sitemap-index") return { notModified: false, listing, ...validators };
  const items: ListedItem[] = [];
  for (const url of listing.sitemaps) {
    if (items.length >= MAX_ITEMS) break;
    const child = readListing(await fetcher.get(url, options), MAX_ITEMS - items.length);
    items.push(...child.items);
  }
  return { notModified: false, listing: { ...listing, items }, ...validators };
}
