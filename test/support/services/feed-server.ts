import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the server answers at a path. `body` may be a function of the request count, for pages that change. */
export interface ServedPage {
  type?: string;
  body?: string;
  status?: number;
  location?: string;
  etag?: string;
  lastModified?: string;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Stream this many bytes of filler (no declared length). */
  streamBytes?: number;
}

/** One request as the server saw it: when it started and ended (ms), its host, path and headers. */
export interface LoggedRequest { host: string; path: string; start: number; end: number; userAgent?: string; ifNoneMatch?: string; ifModifiedSince?: string; status: number }

export interface FeedServer {
  base: string;
  host: string;
  port: number;
  pages: Map<string, ServedPage>;
  log: LoggedRequest[];
  close(): Promise<void>;
}

function answer(page: ServedPage | undefined, req: IncomingMessage, res: ServerResponse): number {
  if (!page) { res.statusCode = 404; res.end("not here"); return 404; }
  if (page.location) { res.statusCode = page.status ?? 302; res.setHeader("location", page.location); res.end(); return res.statusCode; }
  if (page.etag && req.headers["if-none-match"] === page.etag) { res.statusCode = 304; res.end(); return 304; }
  if (page.lastModified && req.headers["if-modified-since"] === page.lastModified) { res.statusCode = 304; res.end(); return 304; }
  res.statusCode = page.status ?? 200;
  if (page.type) res.setHeader("content-type", page.type);
  if (page.etag) res.setHeader("etag", page.etag);
  if (page.lastModified) res.setHeader("last-modified", page.lastModified);
  if (page.streamBytes) {
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const more = () => {
      while (sent < page.streamBytes! && !res.destroyed) { sent += chunk.length; if (!res.write(chunk)) return void res.once("drain", more); }
      if (!res.destroyed) res.end();
    };
    more();
  } else res.end(page.body ?? "");
  return res.statusCode;
}

/**
 * A real HTTP server for watcher tests and the soak bench: serves the pages
 * a test puts in `pages` (feeds, articles, robots.txt, redirects, slow and
 * oversized answers, ETag and Last-Modified with 304), and logs every
 * request with its start and end, from which politeness is measured.
 */
export async function startFeedServer(host = "127.0.0.1"): Promise<FeedServer> {
  const pages = new Map<string, ServedPage>();
  const log: LoggedRequest[] = [];
  const server = createServer((req, res) => {
    const start = Date.now();
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const page = pages.get(path);
    res.on("error", () => undefined);
    const entry: LoggedRequest = {
      host: req.headers.host ?? "", path, start, end: start, status: 0, userAgent: req.headers["user-agent"],
      ifNoneMatch: req.headers["if-none-match"] as string | undefined, ifModifiedSince: req.headers["if-modified-since"] as string | undefined,
    };
    log.push(entry);
    res.on("close", () => { entry.end = Date.now(); });
    const go = () => { entry.status = answer(page, req, res); };
    if (page?.delayMs) setTimeout(go, page.delayMs); else go();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://${host}:${port}`, host, port, pages, log,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** An invented article page: a headline and paragraphs. */
export const articleHtml = (title: string, ...paragraphs: string[]): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export const rssFeed = (items: { url: string; title: string; date?: string }[]): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title><link>http://example.invalid/</link><description>d</description>${items.map((i) =>
    `<item><title>${esc(i.title)}</title><link>${esc(i.url)}</link><guid>${esc(i.url)}</guid>${i.date ? `<pubDate>${new Date(i.date).toUTCString()}</pubDate>` : ""}</item>`).join("")}</channel></rss>`;

export const atomFeed = (entries: { url: string; title: string; updated: string }[]): string =>
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test daily</title><id>urn:test:daily</id><updated>2024-01-01T00:00:00Z</updated>${entries.map((e) =>
    `<entry><id>${esc(e.url)}</id><title>${esc(e.title)}</title><link rel="alternate" href="${esc(e.url)}"/><updated>${e.updated}</updated></entry>`).join("")}</feed>`;

export const jsonFeed = (items: { url: string; title: string; date?: string }[]): string =>
  JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Test JSON", items: items.map((i) => ({ id: i.url, url: i.url, title: i.title, date_published: i.date })) });

export const newsSitemap = (urls: { url: string; title: string; date: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls.map((u) =>
    `<url><loc>${esc(u.url)}</loc><news:news><news:publication><news:name>Test</news:name><news:language>en</news:language></news:publication><news:publication_date>${u.date}</news:publication_date><news:title>${esc(u.title)}</news:title></news:news></url>`).join("")}</urlset>`;
