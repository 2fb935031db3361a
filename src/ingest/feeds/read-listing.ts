import { DossierError } from "../../errors.js";
import { decodeBytes } from "../decode-bytes.js";
import type { FetchedPage } from "../fetch/fetch-page.js";
import { readFeed } from "./feed-entries.js";
import { uniqueItems, type Listing } from "./listed-item.js";
import { pageLinks } from "./page-links.js";
import { readSitemap } from "./sitemap-entries.js";

/** Items kept of one listing: a sitemap may list 50,000 URLs; a pass follows the first ones. */
export const MAX_ITEMS = 1000;

/**
 * What a followed page lists: a feed (RSS 2.0, RDF, Atom, JSON Feed), a
 * sitemap or sitemap index (news sitemaps too), else, for HTML, a listing
 * page whose article links are followed. Recognised by content, not by the
 * declared type (servers send feeds as text/xml, text/html or
 * application/octet-stream). Anything else is `unsupported_format`.
 */
export function readListing(page: FetchedPage, maxItems = MAX_ITEMS): Listing {
  const body = decodeBytes(page.bytes, { maxBytes: page.bytes.length + 1 }).text;
  const feed = readFeed(body);
  if (feed) return { kind: feed.kind, title: feed.title, items: uniqueItems(feed.entries, page.url, maxItems), sitemaps: [] };
  const sitemap = readSitemap(body);
  if (sitemap?.kind === "sitemap-index") return { kind: "sitemap-index", items: [], sitemaps: sitemap.sitemaps.slice(0, 50) };
  if (sitemap) return { kind: "sitemap", items: uniqueItems(sitemap.entries, page.url, maxItems), sitemaps: [] };
  const type = page.contentType?.split(";")[0].trim().toLowerCase();
  const html = type === "text/html" || type === "application/xhtml+xml" || (!type && /<html[\s>]|<a\s/i.test(body.slice(0, 65536)));
  if (html) return { kind: "listing", items: uniqueItems(pageLinks(body, page.url), page.url, maxItems), sitemaps: [] };
  throw new DossierError("unsupported_format", `${page.url}: neither a feed (RSS, Atom, JSON Feed), a sitemap nor an HTML listing page (${type ?? "no declared type"})`);
}
