import { parseFeed } from "feedsmith";
import { listedDate, type ListedItem, type Listing } from "./listed-item.js";

type Loose = Record<string, unknown> | undefined;
const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value.trim() || undefined : typeof (value as Loose)?.value === "string" ? ((value as Loose)!.value as string).trim() || undefined : undefined;

/** Atom links: the alternate (or untyped) one is the article. */
function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const alternate = links.find((l: Loose) => !l?.rel || l.rel === "alternate");
  return text((alternate as Loose)?.href);
}

/** An RSS guid is the article's URL when it says so (isPermaLink is true by default) and looks like one. */
function rssLink(item: Loose): string | undefined {
  const link = text(item?.link);
  if (link) return link;
  const guid = item?.guid as Loose;
  const id = text(guid);
  return id && guid?.isPermaLink !== false && /^https?:\/\//i.test(id) ? id : undefined;
}

type Entry = Omit<ListedItem, "url"> & { url?: string };

function entriesOf(format: string, feed: Loose): Entry[] {
  if (format === "atom") {
    return ((feed?.entries as Loose[]) ?? []).map((e) => ({
      url: atomLink(e?.links), title: text(e?.title), published: listedDate(text(e?.published) ?? text(e?.updated)), stamp: text(e?.updated) ?? text(e?.published),
    }));
  }
  if (format === "json") {
    return ((feed?.items as Loose[]) ?? []).map((e) => ({
      url: text(e?.url) ?? text(e?.external_url), title: text(e?.title), published: listedDate(text(e?.date_published)), stamp: text(e?.date_modified) ?? text(e?.date_published),
    }));
  }
  // rss and rdf
  return ((feed?.items as Loose[]) ?? []).map((e) => {
    const dc = e?.dc as Loose;
    const date = text(e?.pubDate) ?? text(dc?.date) ?? text((dc?.dates as unknown[])?.[0]);
    const updated = text((e?.atom as Loose)?.updated) ?? text((e?.dcterms as Loose)?.modified);
    return { url: rssLink(e), title: text(e?.title), published: listedDate(date), stamp: updated ?? date };
  });
}

/**
 * An RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document, read with feedsmith
 * (which recognises the format itself), or undefined when `body` is none of them.
 */
export function readFeed(body: string): { kind: Listing["kind"]; title?: string; entries: Entry[] } | undefined {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(body) as { format: string; feed: unknown };
  } catch {
    return undefined;
  }
  const feed = parsed.feed as Loose;
  return { kind: parsed.format as Listing["kind"], title: text(feed?.title), entries: entriesOf(parsed.format, feed) };
}
