import { test } from "node:test";
import assert from "node:assert/strict";
import type { FetchedPage } from "../fetch/fetch-page.js";
import { canonicalUrl } from "./canonical-url.js";
import { readListing } from "./read-listing.js";
import { robotsRules } from "./robots-rules.js";

const page = (body: string, contentType?: string, url = "https://news.example/feed"): FetchedPage => ({ url, contentType, bytes: Buffer.from(body), status: 200 });

test("canonical URLs: tracking parameters, fragments, host case and default ports do not make another article", () => {
  assert.equal(canonicalUrl("https://News.Example:443/a/b?utm_source=x&b=2&a=1&fbclid=z#top"), "https://news.example/a/b?a=1&b=2");
  assert.equal(canonicalUrl("/x?ref=rss", "http://news.example/feed"), "http://news.example/x");
  assert.equal(canonicalUrl("javascript:alert(1)"), undefined);
  assert.equal(canonicalUrl("ftp://news.example/x"), undefined);
  assert.equal(canonicalUrl("not a url"), undefined);
});

test("an RSS item without a link uses its guid when that is a permalink; relative links resolve against the feed", () => {
  const rss = `<rss version="2.0"><channel><title>T</title>
    <item><title>A</title><guid>https://news.example/a</guid></item>
    <item><title>B</title><guid isPermaLink="false">tag:b</guid></item>
    <item><title>C</title><link>/c</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item></channel></rss>`;
  const listing = readListing(page(rss, "text/xml"));
  assert.equal(listing.kind, "rss");
  assert.deepEqual(listing.items.map((i) => [i.url, i.published]), [["https://news.example/a", undefined], ["https://news.example/c", "2024-01-02"]]);
});

test("a sitemap index lists its sitemaps; a sitemap with another namespace prefix is read the same", () => {
  const index = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example/s1.xml</loc></sitemap><sitemap><loc>https://news.example/s2.xml</loc></sitemap></sitemapindex>`;
  assert.deepEqual(readListing(page(index, "application/xml")).sitemaps, ["https://news.example/s1.xml", "https://news.example/s2.xml"]);
  const prefixed = `<s:urlset xmlns:s="http://www.sitemaps.org/schemas/sitemap/0.9"><s:url><s:loc>https://news.example/x</s:loc><s:lastmod>2024-05-01</s:lastmod></s:url></s:urlset>`;
  assert.deepEqual(readListing(page(prefixed, "application/xml")).items, [{ url: "https://news.example/x", published: "2024-05-01", stamp: "2024-05-01" }]);
});

test("hostile listings: malformed XML, an entity bomb, a script link and nothing listable are errors or inert, never a crash", () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">]><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/&lol6;</loc></url></urlset>`;
  let listing;
  try {
    listing = readListing(page(bomb, "application/xml"));
  } catch (err) {
    assert.equal((err as { code?: string }).code, "unsupported_format");
  }
  assert.ok(!listing || listing.items.every((i) => i.url.length < 10_000), "entities are not expanded a millionfold");
  assert.throws(() => readListing(page("<urlset><url><loc>", "application/xml")), { code: "unsupported_format", message: /not well-formed XML/ });
  assert.throws(() => readListing(page("%PDF-1.4", "application/pdf")), { code: "binary_input" });
  const html = `<html><body><a href="javascript:alert(1)">x</a><a href="/2024/05/01/real-story-here">Real</a></body></html>`;
  assert.deepEqual(readListing(page(html, "text/html", "https://news.example/world")).items.map((i) => i.url), ["https://news.example/2024/05/01/real-story-here"]);
});

test("robots.txt rules: the group for dossier, wildcards, and a Crawl-delay", () => {
  const rules = robotsRules("https://news.example/robots.txt", "User-agent: *\nDisallow: /\n\nUser-agent: dossier\nAllow: /news/\nDisallow: /news/*.pdf$\nCrawl-delay: 2\n");
  assert.equal(rules.allows("https://news.example/news/a"), true);
  assert.equal(rules.allows("https://news.example/news/a.pdf"), false);
  // a group naming dossier replaces the * group for it
  assert.equal(rules.allows("https://news.example/other"), true);
  assert.equal(robotsRules("https://news.example/robots.txt", "User-agent: *\nDisallow: /\n").allows("https://news.example/news/a"), false);
  assert.equal(rules.delayMs, 2000);
  assert.equal(robotsRules("https://news.example/robots.txt", "").allows("https://news.example/x"), true);
});
