import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeHtml, html, trusted, webUrl } from "./html.js";

test("html escapes every interpolation", () => {
  const hostile = `<script>alert(1)</script> "><img src=x onerror=alert(1)> 'x' & y`;
  assert.equal(
    html`<p title="${hostile}">${hostile}</p>`.markup,
    `<p title="&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39;x&#39; &amp; y">` +
      `&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39;x&#39; &amp; y</p>`,
  );
});

test("html nests markup it built, and lists of it, without escaping twice", () => {
  const items = ["a<b", "c&d"].map((t) => html`<li>${t}</li>`);
  assert.equal(html`<ul>${items}</ul>`.markup, "<ul><li>a&lt;b</li><li>c&amp;d</li></ul>");
  assert.equal(html`${html`<b>${"&"}</b>`}`.markup, "<b>&amp;</b>");
});

test("numbers print, null, undefined and booleans print nothing", () => {
  assert.equal(html`${1}|${null}|${undefined}|${false}|${true}|${0}`.markup, "1|||||0");
});

test("only trusted() lets raw markup through", () => {
  assert.equal(html`${trusted("<br>")}`.markup, "<br>");
  assert.equal(html`${"<br>"}`.markup, "&lt;br&gt;");
  assert.equal(escapeHtml(`&<>"'`), "&amp;&lt;&gt;&quot;&#39;");
});

test("webUrl keeps http and https, drops javascript: and junk", () => {
  assert.equal(webUrl("https://example.org/a?b=1"), "https://example.org/a?b=1");
  assert.equal(webUrl("javascript:alert(1)"), undefined);
  assert.equal(webUrl("JaVaScRiPt:alert(1)"), undefined);
  assert.equal(webUrl("data:text/html,<script>"), undefined);
  assert.equal(webUrl("/etc/passwd"), undefined);
  assert.equal(webUrl(null), undefined);
});
