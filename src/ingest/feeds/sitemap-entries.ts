import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DossierError } from "../../errors.js";
import { listedDate, type ListedItem } from "./listed-item.js";

type Loose = Record<string, unknown> | undefined;
const many = (value: unknown): Loose[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Loose[];
const text = (value: unknown): string | undefined => (typeof value === "string" || typeof value === "number" ? String(value).trim() || undefined : undefined);

/**
 * fast-xml-parser with the namespace prefixes dropped (a news sitemap may
 * name its namespace "news" or anything else), no attributes, entities
 * decoded, and no entity expansion beyond XML's own (a billion-laughs
 * sitemap stays small).
 */
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, processEntities: true, htmlEntities: false, parseTagValue: false, trimValues: true });

/**
 * A sitemap (urlset: each url's loc, lastmod, and a news sitemap's
 * publication date and title) or a sitemap index (its sitemaps), or
 * undefined when the XML is neither; a sitemap that is not well-formed
 * (cut short) is unsupported_format, not an empty list.
 */
export function readSitemap(body: string): { kind: "sitemap"; entries: (Omit<ListedItem, "url"> & { url?: string })[] } | { kind: "sitemap-index"; sitemaps: string[] } | undefined {
  if (!/<(?:[\w-]+:)?(?:urlset|sitemapindex)[\s>]/.test(body.slice(0, 4096))) return undefined;
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new DossierError("unsupported_format", `the sitemap is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let doc: Loose;
  try {
    doc = parser.parse(body) as Loose;
  } catch {
    return undefined;
  }
  const index = doc?.sitemapindex as Loose;
  if (index) return { kind: "sitemap-index", sitemaps: many(index.sitemap).map((s) => text(s?.loc)).filter((u): u is string => Boolean(u)) };
  const set = doc?.urlset as Loose;
  if (!set && doc?.urlset !== "") return undefined;
  return {
    kind: "sitemap",
    entries: many(set?.url).map((u) => {
      const news = u?.news as Loose;
      const published = text(news?.publication_date);
      const lastmod = text(u?.lastmod);
      return { url: text(u?.loc), title: text(news?.title), published: listedDate(published ?? lastmod), stamp: lastmod ?? published };
    }),
  };
}
