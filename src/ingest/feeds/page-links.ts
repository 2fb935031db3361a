import { createRequire } from "node:module";
import type { parseHTML as ParseHtml } from "linkedom";
import type { ListedItem } from "./listed-item.js";

const NOT_PAGES = /\.(?:jpe?g|png|gif|webp|svg|ico|pdf|css|js|json|xml|rss|atom|zip|gz|mp3|mp4|m4a|avi|mov|docx?|xlsx?)$/i;

/**
 * Whether a link on a listing page looks like an article rather than a
 * section, tag or site link: a slug of three or more words
 * ("/news/envoy-defects-to-seoul"), a number of four or more digits (an id or
 * a date: "/2016/08/17/…", "/article/123456"), or a path three folders deep.
 */
function looksLikeArticle(url: URL): boolean {
  const segments = url.pathname.split("/").filter(Boolean);
  if (!segments.length || NOT_PAGES.test(url.pathname)) return false;
  const last = segments.at(-1)!;
  return last.split(/[-_]/).filter(Boolean).length >= 3 || /\d{4,}/.test(url.pathname) || segments.length >= 3;
}

let parseHTML: typeof ParseHtml | undefined;

/**
 * The article links of a plain listing page (a section front, a search
 * result page): links on the page's own host (www. or not) that look like
 * articles (looksLikeArticle), each with its link text as title, in page order.
 */
export function pageLinks(html: string, pageUrl: string): (Omit<ListedItem, "url"> & { url: string })[] {
  parseHTML ??= (createRequire(import.meta.url)("linkedom") as { parseHTML: typeof ParseHtml }).parseHTML;
  const { document } = parseHTML(html);
  const page = new URL(pageUrl);
  const host = (h: string) => h.toLowerCase().replace(/^www\./, "");
  const out: (Omit<ListedItem, "url"> & { url: string })[] = [];
  for (const a of document.querySelectorAll("a[href]")) {
    let url: URL;
    try {
      url = new URL(a.getAttribute("href") ?? "", page);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol) || host(url.host) !== host(page.host)) continue;
    if (url.pathname === page.pathname || !looksLikeArticle(url)) continue;
    const title = (a.textContent ?? "").replace(/\s+/g, " ").trim();
    out.push({ url: url.href, ...(title ? { title } : {}) });
  }
  return out;
}
