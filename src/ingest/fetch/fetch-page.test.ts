// fetchPage and readUrl against a real HTTP server on 127.0.0.1: refused as a
// loopback address unless private addresses are allowed; then redirects,
// size cap, timeout and content types.
import { createServer, type AddressInfo } from "node:net";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { LookupAddress } from "node:dns";
import { readUrl } from "../read-url.js";
import { fetchPage, type FetchOptions } from "./fetch-page.js";
import { ARTICLE_HTML, startPageServer } from "../../../test/support/ingest/test-page-server.js";

let server: Awaited<ReturnType<typeof startPageServer>>;
before(async () => { server = await startPageServer(); });
after(() => server.close());

const local: FetchOptions = { allowPrivate: true };
const failsWith = async (p: Promise<unknown>, code: string, message?: RegExp) =>
  assert.rejects(p, (err: { code?: string; message: string }) => err.code === code && (!message || message.test(err.message)));

test("a loopback server is refused without allowPrivate, and no connection is made", async () => {
  const before = server.requests();
  await failsWith(fetchPage(`${server.base}/article`), "fetch_refused", /127\.0\.0\.1, a loopback address/);
  await failsWith(fetchPage(`http://localhost:${server.port}/article`), "fetch_refused", /loopback address/);
  await failsWith(fetchPage(`http://[::1]:${server.port}/article`), "fetch_refused", /loopback/);
  await failsWith(fetchPage(`http://[::ffff:127.0.0.1]:${server.port}/article`), "fetch_refused", /ipv4-mapped/);
  await failsWith(fetchPage(`http://0.0.0.0:${server.port}/article`), "fetch_refused", /unspecified/);
  assert.equal(server.requests(), before);
});

test("only http and https are fetched", async () => {
  await failsWith(fetchPage("file:///etc/passwd", local), "fetch_refused", /only http and https/);
  await failsWith(fetchPage("ftp://127.0.0.1/article", local), "fetch_refused");
  await failsWith(fetchPage(`${server.base}/to-ftp`, local), "fetch_refused", /ftp:/);
});

test("with allowPrivate: the page, its type and where it was found", async () => {
  const page = await fetchPage(`${server.base}/article`, local);
  assert.equal(page.bytes.toString(), ARTICLE_HTML);
  assert.equal(page.contentType, "text/html; charset=utf-8");
  assert.equal(page.url, `${server.base}/article`);
});

test("redirects are followed up to the limit, and the final URL is kept", async () => {
  const page = await fetchPage(`${server.base}/hop/4`, { ...local, maxRedirects: 5 });
  assert.equal(page.url, `${server.base}/article`);
  await fetchPage(`${server.base}/hop/4`, { ...local, maxRedirects: 5 }); // 5 redirects: fine
  await failsWith(fetchPage(`${server.base}/hop/5`, { ...local, maxRedirects: 5 }), "fetch_failed", /more than 5 redirects/);
  await failsWith(fetchPage(`${server.base}/loop`, local), "fetch_failed", /more than 5 redirects/);
});

test("every hop is resolved and checked again, and the connection goes to the address checked, with the URL's Host", async () => {
  const asked: string[] = [];
  const resolve = async (host: string): Promise<LookupAddress[]> => {
    asked.push(host);
    if (host === "news.invalid" || host === "mirror.invalid") return [{ address: "127.0.0.1", family: 4 }];
    throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
  };
  // Names under .invalid exist nowhere: only our resolver can make them reach the server.
  const page = await fetchPage(`http://news.invalid:${server.port}/via/mirror.invalid/host`, { ...local, resolve });
  assert.deepEqual(asked, ["news.invalid", "mirror.invalid"]);
  assert.equal(page.bytes.toString(), `Host header: mirror.invalid:${server.port}`);
  // Without allowPrivate the same names are refused for the address they resolve to.
  await failsWith(fetchPage(`http://news.invalid:${server.port}/host`, { resolve }), "fetch_refused", /news\.invalid is 127\.0\.0\.1/);
  // A name with one public and one private address is refused: either could be the one connected to.
  const mixed = async (): Promise<LookupAddress[]> => [{ address: "93.184.216.34", family: 4 }, { address: "10.0.0.7", family: 4 }];
  await failsWith(fetchPage("http://mixed.invalid/", { resolve: mixed }), "fetch_refused", /10\.0\.0\.7, a private address/);
  await failsWith(fetchPage(`http://nowhere.invalid:${server.port}/`, { ...local, resolve }), "fetch_failed", /cannot resolve nowhere\.invalid/);
});

test("a page over the size cap is stopped while it streams, or refused by its declared length", async () => {
  const cap = 1024 * 1024;
  await failsWith(fetchPage(`${server.base}/big`, { ...local, maxBytes: cap }), "too_large", /over the cap of 1048576 bytes/);
  await failsWith(fetchPage(`${server.base}/big-declared`, { ...local, maxBytes: cap }), "too_large", /104857600 bytes, over the cap/);
  assert.equal((await fetchPage(`${server.base}/big`, { ...local, maxBytes: 4 * cap })).bytes.length, 3 * cap);
});

test("a server that never answers, or stops half-way, runs into the timeout", async () => {
  await failsWith(fetchPage(`${server.base}/hang`, { ...local, timeoutMs: 300 }), "fetch_failed", /no whole answer within 0.3 s/);
  await failsWith(fetchPage(`${server.base}/stall`, { ...local, timeoutMs: 300 }), "fetch_failed", /no whole answer within 0.3 s/);
});

// issue 13: a body that ends with the connection (no length, not chunked) looked whole when the deadline cut it
test("a page whose end is the connection's close, cut by the deadline, is a failure, not a whole article", async () => {
  const stalling = createServer((socket) => {
    socket.on("error", () => undefined);
    socket.once("data", () => socket.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body><p>Thae Yong-ho, a counsellor, defected in 2016.</p><p>The first"));
  });
  await new Promise<void>((done) => stalling.listen(0, "127.0.0.1", done));
  const port = (stalling.address() as AddressInfo).port;
  try {
    await failsWith(fetchPage(`http://127.0.0.1:${port}/cut`, { ...local, timeoutMs: 300 }), "fetch_failed", /no whole answer within 0.3 s/);
    const read = await readUrl(`http://127.0.0.1:${port}/cut`, undefined, { ...local, timeoutMs: 300 });
    assert.ok(!read.ok, "nothing is stored");
  } finally {
    stalling.close();
  }
});

test("error statuses and unasked-for compression fail", async () => {
  await failsWith(fetchPage(`${server.base}/missing`, local), "fetch_failed", /HTTP 404/);
  await failsWith(fetchPage(`${server.base}/gzip`, local), "fetch_failed", /gzip-encoded/);
});

test("readUrl reads HTML and plain text like files, sniffs an untyped page, and refuses other types", async () => {
  const html = await readUrl(`${server.base}/hop/1`, "2016-08-17", local);
  assert.ok(html.ok, JSON.stringify(html));
  assert.match(html.article.text, /Thae Yong-ho, a counsellor/);
  assert.doesNotMatch(html.article.text, /<p>/);
  assert.deepEqual([html.article.source, html.article.url, html.article.published], [`${server.base}/hop/1`, `${server.base}/article`, "2016-08-17"]);
  const text = await readUrl(`${server.base}/text`, undefined, local);
  assert.ok(text.ok && /^Diplomat defects/.test(text.article.text));
  const untyped = await readUrl(`${server.base}/untyped`, undefined, local);
  assert.ok(untyped.ok && !untyped.article.text.includes("<article>"));
  const pdf = await readUrl(`${server.base}/pdf`, undefined, local);
  assert.ok(!pdf.ok && pdf.error.code === "unsupported_format", JSON.stringify(pdf));
  const refused = await readUrl(`${server.base}/article`, undefined, {});
  assert.ok(!refused.ok && refused.error.code === "fetch_refused");
});
