/**
 * End to end in headless Chromium (issue 15): follow a person from their
 * page, follow a local feed from the sources page, let the feed publish a
 * new article about the person, fetch it, and find the alert in the inbox
 * and in the watchlist's Atom feed. Screenshots go to test-output/screenshots/.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { servedInBrowser } from "../../../test/support/web/browser-page.js";
import { webKnowledgeBase } from "../../../test/support/web/web-kb.js";
import { webRoutes } from "../web-routes.js";
import { articleHtml, rssFeed, startFeedServer, type FeedServer } from "../../../test/support/services/feed-server.js";

const SHOTS = fileURLToPath(new URL("../../../../test-output/screenshots/", import.meta.url));

let kb: Awaited<ReturnType<typeof webKnowledgeBase>>;
let feeds: FeedServer;
let served: Awaited<ReturnType<typeof servedInBrowser>>;
let page: Page;
let origin = "";

before(async () => {
  kb = await webKnowledgeBase();
  feeds = await startFeedServer();
  served = await servedInBrowser(webRoutes(kb.store, { watch: { fetch: { allowAddresses: ["127.0.0.1"] }, hostDelayMs: 5, threads: 0 } }));
  ({ page, origin } = served);
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await served?.close();
  await feeds?.close();
  await kb?.dispose();
});

test("follow a person, a feed brings a new article about them, and the alert is in the inbox and the Atom feed", async () => {
  const person = (await kb.store.db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("p")).where("name", "=", "Sergei Volkonsky").executeTakeFirstOrThrow()).p;
  await page.goto(`${origin}/people/${person}`);
  await page.click("button:text('Follow')");
  await page.waitForURL(`${origin}/people/${person}`);
  feeds.pages.set("/rss.xml", { type: "application/rss+xml", body: rssFeed([]) });
  await page.goto(`${origin}/sources`);
  await page.fill("#src-url", `${feeds.base}/rss.xml`);
  await page.click("button:text('Follow')");
  await page.waitForURL(`${origin}/sources`);
  assert.match(await page.textContent("tbody") ?? "", /rss\.xml/);
  // the outlet publishes a new story about him
  feeds.pages.set("/2024/05/volkonsky-arrested-in-minsk", { type: "text/html", body: articleHtml("Former deputy mayor arrested", "Sergei Volkonsky, the former deputy mayor of Minsk, was arrested by police in Minsk on May 3, 2024.") });
  feeds.pages.set("/rss.xml", { type: "application/rss+xml", body: rssFeed([{ url: `${feeds.base}/2024/05/volkonsky-arrested-in-minsk`, title: "Former deputy mayor arrested" }]) });
  await page.click("button:text('Fetch now')");
  await page.waitForSelector(".notice");
  assert.match(await page.textContent(".notice") ?? "", /1 new, 0 changed, 0 errors, 1 alert/);
  await page.screenshot({ path: `${SHOTS}20-sources.png`, fullPage: true });
  await page.click("nav a:text('Inbox')");
  await page.waitForURL(`${origin}/inbox`);
  const inbox = await page.textContent("main") ?? "";
  assert.match(inbox, /1 unread of 1 alerts/);
  assert.match(inbox, /New: detention/);
  assert.match(inbox, /arrested by police in Minsk/);
  await page.screenshot({ path: `${SHOTS}21-inbox.png`, fullPage: true });
  await page.click("button:text('Mark read')");
  await page.waitForURL(`${origin}/inbox`);
  assert.match(await page.textContent("main") ?? "", /0 unread of 1 alerts/);
  await page.goto(`${origin}/watchlists`);
  const href = await page.getAttribute("a:text('Atom feed')", "href");
  const atom = await (await page.request.get(origin + href!)).text();
  assert.match(atom, /<title>detention: Sergei Volkonsky \(2024-05-03\), Belarus<\/title>|<title>detention: Sergei Volkonsky \(2024-05-03\)/);
  assert.match(atom, /arrested by police in Minsk/);
  assert.deepEqual(served.problems, []);
});
