import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { stripPageChrome } from "./strip-page-chrome.js";

const textAfterStrip = (html: string): string => {
  const document = parseHTML(html).document as unknown as Document;
  stripPageChrome(document);
  return document.body.textContent?.replace(/\s+/g, " ").trim() ?? "";
};

test("furniture goes, the article stays", () => {
  const text = textAfterStrip(`<html><body><header><a href="/">The Courier</a></header>
<nav>World</nav><div class="trending">Maria Fernandez</div>
<article><div class="story comments-on"><p>Envoy Jan Kowal left.</p></div><div class="share-bar">Share</div></article>
<section class="related"><article><p>Coach Tomasz Nowak sacked after a cup defeat, long teaser text.</p></article></section>
<footer>Exit mobile version</footer></body></html>`);
  assert.equal(text, "Envoy Jan Kowal left.");
});

test("a wrapper named like furniture that holds the article stays", () => {
  const text = textAfterStrip(`<html><body><div class="layout has-sidebar"><p>Envoy Jan Kowal left.</p>
<p>He reached Seoul.</p></div><div class="sidebar"><p>Other</p></div></body></html>`);
  assert.equal(text, "Envoy Jan Kowal left. He reached Seoul.");
});
