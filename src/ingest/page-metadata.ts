import type { PartialDate } from "../text/doc.js";
import { readJsonLd } from "./json-ld.js";
import { dateFromUrl, normalizeDate } from "./normalize-date.js";
import { stripSiteName } from "./strip-site-name.js";

/** What a page says about its article, outside the article text. */
export interface PageMetadata {
  title?: string;
  byline?: string;
  published?: PartialDate;
  url?: string;
  outlet?: string;
}

/** Meta tags holding a publication date, most specific first. */
const DATE_KEYS = [
  "article:published_time", "og:article:published_time", "og:published_time", "published_time",
  "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
  "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
  "dcterms.created", "date", "article.published",
];
const BYLINE_KEYS = ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"];

/** content of every <meta>, by its property, name or itemprop in lower case; the first one wins. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta[content]"))) {
    const content = meta.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

const firstOf = (values: Map<string, string>, keys: string[], accept = (_: string) => true): string | undefined =>
  keys.map((key) => values.get(key)).find((value): value is string => value !== undefined && accept(value));

const elementText = (document: Document, selector: string): string | undefined =>
  document.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim() || undefined;

const isUrl = (value: string): boolean => /^https?:\/\//i.test(value);

/** "<time datetime>" in the article first, then anywhere. */
function timeDate(document: Document): PartialDate | undefined {
  const selectors = ["article time[datetime]", "time[pubdate]", "[itemprop=datePublished]", "time[datetime]"];
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const date = normalizeDate(element?.getAttribute("datetime") ?? element?.getAttribute("content"));
    if (date) return date;
  }
  return undefined;
}

function canonicalUrl(document: Document, values: Map<string, string>, hint?: string): string | undefined {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim();
  return [canonical, values.get("og:url"), hint].find((url): url is string => !!url && isUrl(url)) ?? hint;
}

/**
 * Reads title, byline, publication date, URL and outlet. The date comes from
 * the first of: article:published_time and other date meta tags, JSON-LD
 * datePublished, a <time datetime>, the URL ("/2016/08/17/").
 */
export function readPageMetadata(document: Document, options: { url?: string } = {}): PageMetadata {
  const values = metaValues(document);
  const jsonLd = readJsonLd(document);
  const url = canonicalUrl(document, values, options.url);
  const outlet = values.get("og:site_name") ?? jsonLd.publisher ?? values.get("application-name");
  const rawTitle =
    values.get("og:title") ?? values.get("twitter:title") ?? elementText(document, "title") ?? jsonLd.headline;
  const title = (rawTitle && stripSiteName(rawTitle, outlet)) || elementText(document, "h1");
  const byline = firstOf(values, BYLINE_KEYS, (v) => !isUrl(v)) ?? jsonLd.author;
  const published =
    normalizeDate(firstOf(values, DATE_KEYS, (v) => normalizeDate(v) !== undefined)) ??
    normalizeDate(jsonLd.datePublished) ??
    timeDate(document) ??
    dateFromUrl(url) ??
    dateFromUrl(options.url);
  return { title, byline: byline && cleanByline(byline), published, url, outlet };
}

/** "By our staff reporter" -> "our staff reporter" */
export const cleanByline = (byline: string): string => byline.replace(/\s+/g, " ").replace(/^by:?\s+/i, "").trim();
