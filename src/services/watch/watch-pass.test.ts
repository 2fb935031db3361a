// The watcher against a real local HTTP server serving feeds and pages
// written for these tests: each format, one article listed twice, a changed
// article, 304s, robots.txt, a redirect to a private address, a slow and an
// oversized answer, a failing source, and the pause between two requests to a host.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../store/open-store.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { addSource } from "./watch-sources.js";
import { runWatchPass, type WatchOptions } from "./watch-pass.js";
import { articleHtml, atomFeed, jsonFeed, newsSitemap, rssFeed, startFeedServer, type FeedServer } from "../../../test/support/services/feed-server.js";

const HTML = "text/html; charset=utf-8";

forEachDatabase((dialect) => {
  let server: FeedServer;
  let where: EmptyLocation;
  let store: Store;
  const opts = (extra: WatchOptions = {}): WatchOptions => ({ fetch: { allowAddresses: ["127.0.0.1"], timeoutMs: 3000 }, hostDelayMs: 30, threads: 0, ...extra });
  const docs = async () => (await store.db.selectFrom("documents").select(["id", "source", "text"]).orderBy("id").execute());
  const item = async (url: string) => store.db.selectFrom("source_items").selectAll().where("url", "=", url).execute();
  const article = (path: string, title: string, sentence: string) => server.pages.set(path, { type: HTML, body: articleHtml(title, sentence, "Officials confirmed the report on Tuesday.") });

  before(async () => {
    server = await startFeedServer();
    where = await emptyLocation(dialect, "dossier-watch-");
    store = await openStore(where.location);
    server.pages.set("/robots.txt", { type: "text/plain", body: "User-agent: *\nDisallow: /private/\n" });
  });
  after(async () => {
    await store.close();
    await where.remove();
    await server.close();
  });

  test("RSS 2.0: both items are stored; the next pass sends the feed's ETag, gets a 304 and fetches nothing else", async () => {
    article("/rss/a", "Envoy defects", "Ri Song-chol, a counsellor at the embassy in Rome, defected to South Korea in 2019.");
    article("/rss/b", "Minister dismissed", "Pak Yong-min was dismissed as railway minister in March 2020.");
    server.pages.set("/feed.rss", { type: "application/rss+xml", etag: '"r1"', body: rssFeed([{ url: `${server.base}/rss/a?utm_source=rss`, title: "Envoy defects", date: "2024-03-01" }, { url: `${server.base}/rss/b`, title: "Minister dismissed" }]) });
    const source = await addSource(store, `${server.base}/feed.rss`);
    const first = await runWatchPass(store, opts());
    assert.equal(first.stored, 2);
    assert.deepEqual(first.results.map((r) => r.status), ["ok"]);
    const row = await store.db.selectFrom("sources").selectAll().where("id", "=", source.id).executeTakeFirstOrThrow();
    assert.equal(row.kind, "rss");
    assert.equal(row.etag, '"r1"');
    assert.equal(row.new_articles, 2);
    assert.ok(Number(row.next_fetch_at) > Date.now() + 1700_000, "due again after its interval");
    // the tracking parameter is not part of the article's URL
    assert.equal((await item(`${server.base}/rss/a`)).length, 1);
    const before = server.log.length;
    const second = await runWatchPass(store, opts({ sourceIds: [source.id] }));
    assert.deepEqual(second.results.map((r) => r.status), ["not_modified"]);
    const asked = server.log.slice(before);
    assert.deepEqual(asked.map((r) => [r.path, r.status, r.ifNoneMatch]), [["/feed.rss", 304, '"r1"']]);
    assert.match(asked[0].userAgent ?? "", /^dossier\//);
  });

  test("Atom, JSON Feed, a news sitemap and a listing page are read; an article two of them list is stored once", async () => {
    article("/atom/a", "Detention reported", "Kang Hyon-u was detained by security agents in Pyongyang in May 2021.");
    article("/json/a", "Election held", "Choe Mi-ran was elected mayor of Busan in 2022.");
    article("/site/2024/03/02/sailor-reaches-japan", "Sailor reaches Japan", "Han Ok-sun, a sailor, defected to Japan by boat in 2023.");
    article("/news/2024/envoy-returns-home-after-years", "Envoy returns", "Jo Yun-ho was repatriated to North Korea in 2018.");
    server.pages.set("/feed.atom", { type: "application/atom+xml", body: atomFeed([{ url: `${server.base}/atom/a`, title: "Detention reported", updated: "2024-03-02T10:00:00Z" }]) });
    server.pages.set("/feed.json", { type: "application/feed+json", body: jsonFeed([{ url: `${server.base}/json/a`, title: "Election held", date: "2024-03-02T10:00:00Z" }, { url: `${server.base}/atom/a#comments`, title: "again" }]) });
    server.pages.set("/news-sitemap.xml", { type: "application/xml", body: newsSitemap([{ url: `${server.base}/site/2024/03/02/sailor-reaches-japan`, title: "Sailor", date: "2024-03-02" }]) });
    server.pages.set("/section/world", { type: HTML, body: `<html><body><nav><a href="/">Home</a><a href="/section/politics">Politics</a></nav>
      <ul><li><a href="/news/2024/envoy-returns-home-after-years">Envoy returns home</a></li><li><a href="http://elsewhere.invalid/news/2024/other-site-story">Other site</a></li></ul></body></html>` });
    const ids = [];
    for (const path of ["/feed.atom", "/feed.json", "/news-sitemap.xml", "/section/world"]) ids.push((await addSource(store, server.base + path)).id);
    const pass = await runWatchPass(store, opts({ sourceIds: ids }));
    assert.deepEqual(pass.results.map((r) => r.status), ["ok", "ok", "ok", "ok"]);
    const kinds = await store.db.selectFrom("sources").select(["id", "kind"]).where("id", "in", ids).orderBy("id").execute();
    assert.deepEqual(kinds.map((k) => k.kind), ["atom", "json", "sitemap", "listing"]);
    assert.equal(pass.stored, 4);
    assert.equal(pass.known, 1, "the Atom article listed again by the JSON Feed");
    const texts = (await docs()).map((d) => d.text);
    assert.equal(texts.filter((t) => t.includes("Kang Hyon-u")).length, 1);
    assert.ok(texts.some((t) => t.includes("Jo Yun-ho")));
    assert.equal(server.log.filter((r) => r.path === "/atom/a").length, 1, "fetched once");
    assert.equal(server.log.filter((r) => r.path === "/" || r.path === "/section/politics").length, 0, "navigation links are not followed");
  });

  test("a changed article is stored as a second version beside the first; both texts keep their spans", async () => {
    article("/story", "Official arrested", "Yun Chol-ho was arrested by police in Seoul in April 2024.");
    server.pages.set("/changes.atom", { type: "application/atom+xml", body: atomFeed([{ url: `${server.base}/story`, title: "Official arrested", updated: "2024-04-02T08:00:00Z" }]) });
    const source = await addSource(store, `${server.base}/changes.atom`);
    await runWatchPass(store, opts({ sourceIds: [source.id] }));
    // listed again with the same stamp: not fetched again
    const before = server.log.length;
    await runWatchPass(store, opts({ sourceIds: [source.id] }));
    assert.equal(server.log.slice(before).filter((r) => r.path === "/story").length, 0);
    article("/story", "Official released", "Yun Chol-ho was released without charge in Seoul in April 2024.");
    server.pages.set("/changes.atom", { type: "application/atom+xml", body: atomFeed([{ url: `${server.base}/story`, title: "Official released", updated: "2024-04-03T08:00:00Z" }]) });
    const pass = await runWatchPass(store, opts({ sourceIds: [source.id] }));
    assert.equal(pass.changed, 1);
    const versions = await store.db.selectFrom("page_versions").selectAll().where("url", "=", `${server.base}/story`).orderBy("version").execute();
    assert.deepEqual(versions.map((v) => v.version), [1, 2]);
    const [one, two] = await Promise.all(versions.map((v) => store.db.selectFrom("documents").select("text").where("id", "=", v.document_id).executeTakeFirstOrThrow()));
    assert.match(one.text, /arrested by police/);
    assert.match(two.text, /released without charge/);
    const evidence = await store.db.selectFrom("doc_events").select(["document_id", "type", "start", "end"]).where("document_id", "in", versions.map((v) => v.document_id)).execute();
    for (const e of evidence) {
      const text = e.document_id === versions[0].document_id ? one.text : two.text;
      assert.ok(e.end <= text.length && e.start < e.end);
    }
    assert.ok(evidence.some((e) => e.document_id === versions[0].document_id && e.type === "detention"));
  });

  test("robots.txt: a forbidden path is never requested and the item says why", async () => {
    article("/private/memo", "Memo", "Kim Son-hui defected to South Korea in 2015.");
    server.pages.set("/robots-feed.rss", { type: "application/rss+xml", body: rssFeed([{ url: `${server.base}/private/memo`, title: "Memo" }]) });
    const source = await addSource(store, `${server.base}/robots-feed.rss`);
    const pass = await runWatchPass(store, opts({ sourceIds: [source.id] }));
    assert.equal(pass.errors, 1);
    const [row] = await item(`${server.base}/private/memo`);
    assert.match(row.error ?? "", /^robots_disallowed: .*robots\.txt/);
    assert.equal(server.log.filter((r) => r.path === "/private/memo").length, 0);
    assert.equal(server.log.filter((r) => r.path === "/robots.txt").length, 1, "robots.txt read once and kept");
  });

  test("a redirect to a private address, a slow page and an oversized page are refused, each with its reason; the other items are stored", async () => {
    server.pages.set("/jump", { status: 302, location: `http://127.0.0.2:${server.port}/internal` });
    server.pages.set("/slow", { type: HTML, delayMs: 2500, body: articleHtml("Slow", "Ri Chun-hee retired in 2022.") });
    server.pages.set("/huge", { type: HTML, streamBytes: 600 * 1024 });
    article("/fine", "Fine", "Jang Song-min was executed in Pyongyang in December 2013.");
    server.pages.set("/mixed.rss", { type: "application/rss+xml", body: rssFeed(["/jump", "/slow", "/huge", "/fine"].map((p) => ({ url: server.base + p, title: p }))) });
    const source = await addSource(store, `${server.base}/mixed.rss`);
    const pass = await runWatchPass(store, opts({ sourceIds: [source.id], fetch: { allowAddresses: ["127.0.0.1"], timeoutMs: 1000, maxBytes: 256 * 1024 } }));
    assert.equal(pass.stored, 1);
    assert.equal(pass.errors, 3);
    assert.match((await item(`${server.base}/jump`))[0].error ?? "", /^fetch_refused: .*127\.0\.0\.2, a loopback address/);
    assert.match((await item(`${server.base}/slow`))[0].error ?? "", /^fetch_failed: .*no whole answer within 1 s/);
    assert.match((await item(`${server.base}/huge`))[0].error ?? "", /^too_large: /);
    assert.equal(server.log.filter((r) => r.path === "/internal").length, 0);
  });

  test("a failing source is visible with its reason and backs off, doubling", async () => {
    server.pages.set("/broken.rss", { status: 500, body: "oops" });
    const source = await addSource(store, `${server.base}/broken.rss`, { every: 600 });
    const t0 = Date.now();
    const pass = await runWatchPass(store, opts({ sourceIds: [source.id] }));
    assert.equal(pass.failed, 1);
    let row = await store.db.selectFrom("sources").selectAll().where("id", "=", source.id).executeTakeFirstOrThrow();
    assert.equal(row.last_status, "error");
    assert.equal(row.last_error_code, "fetch_failed");
    assert.match(row.last_error ?? "", /HTTP 500/);
    assert.equal(row.failures, 1);
    assert.ok(Number(row.next_fetch_at) >= t0 + 1200_000 && Number(row.next_fetch_at) < t0 + 1300_000);
    await runWatchPass(store, opts({ sourceIds: [source.id] }));
    row = await store.db.selectFrom("sources").selectAll().where("id", "=", source.id).executeTakeFirstOrThrow();
    assert.equal(row.failures, 2);
    assert.ok(Number(row.next_fetch_at) >= t0 + 2400_000);
    server.pages.set("/broken.rss", { type: "application/rss+xml", body: rssFeed([]) });
    await runWatchPass(store, opts({ sourceIds: [source.id] }));
    row = await store.db.selectFrom("sources").selectAll().where("id", "=", source.id).executeTakeFirstOrThrow();
    assert.deepEqual([row.last_status, row.failures, row.last_error], ["ok", 0, null]);
  });

  test("one request at a time per host, with the pause between them (from the server's log)", async () => {
    const items = Array.from({ length: 6 }, (_, i) => `/burst/${i}-story-of-the-day`);
    items.forEach((p, i) => article(p, `Story ${i}`, `Person Number${i} Lee was arrested in Seoul in 20${10 + i}.`));
    server.pages.set("/burst.rss", { type: "application/rss+xml", body: rssFeed(items.map((p) => ({ url: server.base + p, title: p }))) });
    const source = await addSource(store, `${server.base}/burst.rss`);
    const from = server.log.length;
    await runWatchPass(store, opts({ sourceIds: [source.id], hostDelayMs: 150 }));
    const asked = server.log.slice(from).sort((a, b) => a.start - b.start);
    assert.equal(asked.length, 7);
    for (let i = 1; i < asked.length; i++) assert.ok(asked[i].start - asked[i - 1].end >= 145, `request ${i} started ${asked[i].start - asked[i - 1].end} ms after the one before ended`);
  });
});
