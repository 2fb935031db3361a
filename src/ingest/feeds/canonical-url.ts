/** Query parameters that only say where a reader came from: the same article with or without them. */
const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ito|at_medium|at_campaign|__twitter_impression|ref|ref_src)$/i;

/**
 * The one spelling of an article's URL, so that feeds listing it with
 * tracking parameters, another letter case in the host, a default port or a
 * fragment name one page: http(s) only, host lower-cased, default port,
 * fragment and tracking parameters dropped, the other parameters sorted.
 * "https://News.example:443/a?utm_source=x&b=2&a=1#top" ->
 * "https://news.example/a?a=1&b=2". Returns undefined for what is no http(s) URL.
 */
export function canonicalUrl(text: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  url.hash = "";
  url.username = "";
  url.password = "";
  const kept = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}

/** The host a politeness limit counts requests by: the name, whatever the port ("news.example"). */
export const hostOf = (url: string): string => new URL(url).hostname.toLowerCase();
