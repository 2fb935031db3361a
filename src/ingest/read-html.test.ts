import { test } from "node:test";
import assert from "node:assert/strict";
import { readHtml } from "./read-html.js";

/** The page wrapper the evaluation puts around every article. */
function wrappedPage(article: string, head = '<meta property="article:published_time" content="2016-08-16T08:00:00Z">'): string {
  return `<!doctype html><html><head><title>Envoy defects | The Courier</title>${head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<aside class="trending"><h3>Trending now</h3><ul>
<li><a href="/a">Maria Fernandez wins regional vote in Valencia</a></li>
<li><a href="/b">Storm leaves thousands without power, say officials</a></li></ul></aside>
<main><article><h1>Envoy defects</h1><div class="byline">By our staff reporter</div>
${article}
</article>
<section class="related"><h3>Related stories</h3><ul><li><a href="/c">Coach Tomasz Nowak sacked after cup defeat</a></li></ul></section></main>
<footer><p>The Courier, all rights reserved</p><a href="#">Exit mobile version</a></footer></body></html>`;
}

const SHORT = "<p>Envoy Jan Kowal has left his post in London.</p>\n<p>He reached Seoul on Tuesday, officials said.</p>";

function assertNoChrome(text: string): void {
  for (const name of ["Maria Fernandez", "Tomasz Nowak", "Trending", "Related stories", "Exit mobile", "Home"]) {
    assert.ok(!text.includes(name), `${name} leaked into ${JSON.stringify(text)}`);
  }
}

test("a short wrapped article keeps its text and drops trending and related boxes", () => {
  const page = readHtml(wrappedPage(SHORT));
  assert.equal(
    page.text,
    "Envoy defects\n\nEnvoy Jan Kowal has left his post in London.\n\nHe reached Seoul on Tuesday, officials said.",
  );
  assertNoChrome(page.text);
  assert.equal(page.published, "2016-08-16");
  assert.equal(page.title, "Envoy defects");
  assert.equal(page.byline, "our staff reporter");
});

test("a long wrapped article drops the boxes too", () => {
  const paragraphs = Array.from(
    { length: 12 },
    (_, i) => `<p>In part ${i}, the envoy, who served in London for years, said that he had planned the move with care.</p>`,
  );
  const page = readHtml(wrappedPage(paragraphs.join("\n")));
  assertNoChrome(page.text);
  assert.equal(page.text.split("\n\n").length, 13);
});

test("copied text maps back to the page source", () => {
  const html = wrappedPage("<p>Jan Kowal met Zo&euml; Lee, at the caf&eacute;.</p><p>They <b>talked</b> for hours about the move.</p>");
  const page = readHtml(html);
  for (const name of ["Jan Kowal", "talked", "for hours about"]) {
    const at = page.text.indexOf(name);
    assert.equal(html.slice(page.offsets.toRaw(at), page.offsets.toRaw(at) + name.length), name);
  }
  assert.ok(page.text.includes("Zoë Lee, at the café."));
});

test("headings and line breaks keep their own lines", () => {
  const page = readHtml(wrappedPage(`${SHORT}<h2>A quiet exit</h2><p>He left at night.<br>Nobody saw him go, a neighbour said.</p>`));
  assert.ok(page.text.endsWith("\n\nA quiet exit\n\nHe left at night.\nNobody saw him go, a neighbour said."));
});

test("a page with no article is no_article", () => {
  const html = `<html><head><title>Home | The Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<footer><a href="#">Exit mobile version</a></footer></body></html>`;
  assert.throws(() => readHtml(html), { code: "no_article" });
  assert.throws(() => readHtml("<html><body></body></html>"), { code: "no_article" });
});

test("a page that is only a list of links is no_article", () => {
  const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Story number ${i} about the elections</a></li>`);
  assert.throws(() => readHtml(`<html><body><div><ul>${links.join("")}</ul></div></body></html>`), { code: "no_article" });
});

test("JSON-LD datePublished, og metadata and canonical URL", () => {
  const head = `<meta property="og:site_name" content="The Courier"><meta property="og:title" content="Envoy defects - The Courier">
<link rel="canonical" href="https://courier.example/world/envoy-defects">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Courier"},
{"@type":"NewsArticle","headline":"Envoy defects","datePublished":"2019-06-04T10:00:00+01:00","author":{"@type":"Person","name":"Ann Lee"}}]}</script>`;
  const page = readHtml(wrappedPage(SHORT, head));
  assert.equal(page.published, "2019-06-04");
  assert.equal(page.outlet, "The Courier");
  assert.equal(page.title, "Envoy defects");
  assert.equal(page.url, "https://courier.example/world/envoy-defects");
  assert.equal(page.byline, "Ann Lee");
});

test("the date falls back to <time datetime>, then to the URL", () => {
  const timed = readHtml(wrappedPage(`<time datetime="2020-03-01T09:00">1 March</time>${SHORT}`, ""));
  assert.equal(timed.published, "2020-03-01");
  const head = '<meta property="og:url" content="https://courier.example/2016/08/17/envoy-defects/">';
  assert.equal(readHtml(wrappedPage(SHORT, head)).published, "2016-08-17");
  assert.equal(readHtml(wrappedPage(SHORT, ""), { url: "https://courier.example/world/2019/jun/04/envoy" }).published, "2019-06-04");
});

test("an article in plain divs, with no article element, is found", () => {
  const html = `<html><body><div class="menu"><a href="/">Home</a></div><div id="story">
<div>Envoy Jan Kowal has left his post in London, after many years of service.</div>
<div>He reached Seoul on Tuesday, officials said, and asked for protection.</div></div></body></html>`;
  const page = readHtml(html);
  assert.ok(page.text.includes("Envoy Jan Kowal has left his post"));
  assert.ok(!page.text.includes("Home"));
});

test("a related box of teaser articles, longer than the article, stays out", () => {
  const teasers = Array.from(
    { length: 4 },
    (_, i) => `<article><h3>Story ${i}</h3><p>Coach Tomasz Nowak was sacked after a cup defeat, the club said on Monday in a statement.</p></article>`,
  );
  const html = wrappedPage(SHORT).replace('<section class="related">', `<section class="related">${teasers.join("")}`);
  const page = readHtml(html);
  assertNoChrome(page.text);
  assert.ok(page.text.includes("Envoy Jan Kowal has left his post in London."));
});

test("Windows line ends in the source still map exactly", () => {
  const html = wrappedPage("<p>Envoy Jan Kowal has left\r\nhis post in London.</p><p>He reached Seoul on Tuesday.</p>").replace(/\n/g, "\r\n");
  const page = readHtml(html);
  const at = page.text.indexOf("his post");
  assert.equal(html.slice(page.offsets.toRaw(at), page.offsets.toRaw(at) + 8), "his post");
});

test("teasers inside <main> beside a headline-less <article> stay out", () => {
  const teasers = Array.from({ length: 4 }, (_, i) => `<p>Teaser ${i}: Coach Tomasz Nowak was sacked after a cup defeat, the club said.</p>`);
  const html = `<html><body><main><header><h1>Envoy defects</h1></header><article>${SHORT}</article>
<div class="related-stories">${teasers.join("")}</div></main></body></html>`;
  const page = readHtml(html);
  assertNoChrome(page.text);
  assert.ok(page.text.includes("He reached Seoul on Tuesday"));
});
