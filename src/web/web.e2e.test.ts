/**
 * End to end in headless Chromium: a real server on 127.0.0.1 with the web
 * pages behind a strict CSP, the invented articles ingested, and an analyst
 * clicking through. Every page is saved under test-output/screenshots/.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { servedInBrowser } from "../../test/support/web/browser-page.js";
import { exportKnowledgeBase } from "../services/export/export-knowledge-base.js";
import { webKnowledgeBase } from "../../test/support/web/web-kb.js";
import { pagePaths, WEB_PAGES } from "./page-table.js";
import { webRoutes } from "./web-routes.js";

const SHOTS = fileURLToPath(new URL("../../../test-output/screenshots/", import.meta.url));

let kb: Awaited<ReturnType<typeof webKnowledgeBase>>;
let served: Awaited<ReturnType<typeof servedInBrowser>>;
let page: Page;
let origin = "";

before(async () => {
  kb = await webKnowledgeBase();
  served = await servedInBrowser(webRoutes(kb.store));
  ({ page, origin } = served);
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await served?.close();
  await kb?.dispose();
});

async function visit(path: string, shot?: string): Promise<void> {
  const res = await page.goto(origin + path);
  assert.equal(res?.status(), 200, path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px on a laptop screen`);
  if (shot) await page.screenshot({ path: `${SHOTS}${shot}.png`, fullPage: true });
}

const personId = async (name: string): Promise<number> =>
  (await kb.store.db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("p")).where("name", "=", name).executeTakeFirstOrThrow()).p;

test("the overview, the lists and the charts render, and the skip link is the first stop for the keyboard", async () => {
  await visit("/", "01-overview");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
  await page.screenshot({ path: `${SHOTS}02-skip-link-focused.png` });
  await visit("/people", "03-people");
  await visit("/documents", "04-documents");
  await visit("/timeline", "05-timeline");
  await page.focus("#timeline-chart a");
  assert.match(await page.textContent(".chart-detail") ?? "", /^dismissal of Sergei Volkonsky, 2018-03-20/, "focusing a mark describes it");
  await visit("/timeline?type=execution&from=2020&to=2021", "06-timeline-filtered");
  await visit("/charts", "07-charts");
});

test("every HTML page of the page table renders without scrolling sideways", async () => {
  const ids = { people: [await personId("Pak Chol-min")], documents: [1], watchlists: [] };
  for (const path of pagePaths(ids, WEB_PAGES.filter((p) => p.type === "html"))) await visit(path);
});

test("search from the header finds both spellings' person and the documents", async () => {
  await visit("/");
  await page.fill("#site-q", "Chol");
  await page.press("#site-q", "Enter");
  await page.waitForURL(/\/search\?q=Chol/);
  assert.ok(await page.locator("main mark").count() > 0, "matches are marked");
  await page.screenshot({ path: `${SHOTS}08-search.png`, fullPage: true });
});

test("the person page shows both spellings and the quotes with the name highlighted", async () => {
  await visit(`/people/${await personId("Pak Chol-min")}`, "09-person");
  const names = await page.locator(".names li").allTextContents();
  assert.ok(names.some((n) => n.includes("Pak Chol-min")) && names.some((n) => n.includes("Park Chol Min")), names.join(" | "));
  assert.ok((await page.locator("blockquote mark").allTextContents()).includes("Pak Chol-min"), "the name is marked in its quote");
  await page.locator("ul.sources a[href*='#span-']").first().click();
  await page.waitForURL(/\/documents\/\d+#span-/);
  assert.ok(await page.locator("mark.evidence:target").count() === 1, "the linked evidence is the target");
  await page.screenshot({ path: `${SHOTS}10-document.png`, fullPage: true });
});

test("the hostile article is shown as text: no script, no img, no handler runs", async () => {
  await visit(`/documents/${(await kb.store.db.selectFrom("documents").select("id").where("title", "like", "%<script>%").executeTakeFirstOrThrow()).id}`, "11-document-hostile");
  assert.deepEqual(await page.$$eval("script", (s) => s.map((x) => x.getAttribute("src"))), ["/assets/app.js"]);
  assert.equal(await page.locator("img").count(), 0);
  assert.equal(await page.locator("[onerror], [onclick], [onload]").count(), 0);
  assert.match(await page.textContent(".doc-text") ?? "", /<script>alert\(1\)<\/script>/);
  assert.equal(await page.locator("a[href^='javascript:']").count(), 0);
});

test("review: accept a suggested merge, see both names, undo, see them apart", async () => {
  const sergei = await personId("Sergei Volkonsky");
  await visit("/review", "12-review");
  await page.getByRole("button", { name: "Accept: same person" }).click();
  await page.waitForURL(/notice=same/);
  await visit(`/people/${sergei}`, "13-person-merged");
  assert.equal(await page.locator(".names li", { hasText: "Sergey Volkonsky" }).count(), 1);
  await visit("/review");
  await page.getByRole("button", { name: "Undo this judgement" }).click();
  await page.waitForURL(/notice=undone/);
  await page.screenshot({ path: `${SHOTS}14-review-after-undo.png`, fullPage: true });
  await visit(`/people/${sergei}`);
  assert.equal(await page.locator(".names li", { hasText: "Sergey Volkonsky" }).count(), 0);
});

test("the person-page form merges by id with the keyboard alone, and the notice's Undo splits again", async () => {
  const [sergei, ri] = [await personId("Sergei Volkonsky"), await personId("Ri Yong-ho")];
  await visit(`/people/${sergei}`);
  await page.fill("#merge-right", String(ri));
  await page.press("#merge-right", "Enter");
  await page.waitForURL(/notice=same/);
  await page.screenshot({ path: `${SHOTS}15-person-merged-by-form.png`, fullPage: true });
  assert.equal(await page.locator(".names li", { hasText: "Ri Yong-ho" }).count(), 1);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await page.waitForURL(/notice=undone/);
  await page.screenshot({ path: `${SHOTS}16-person-after-undo.png`, fullPage: true });
  assert.equal(await page.locator(".names li", { hasText: sergei < ri ? "Ri Yong-ho" : "Sergei Volkonsky" }).count(), 0);
});

test("correct an event's date on the person page: the timeline and the export follow it; Undo brings theirs back", async () => {
  const pak = await personId("Pak Chol-min");
  await visit(`/people/${pak}`);
  const execution = () => page.locator("article.event", { has: page.locator("h3", { hasText: "Execution" }) });
  const event = execution();
  await event.locator("details.corrections summary").click();
  await event.locator("input[name=value][pattern]").fill("2021-01-19");
  await event.getByRole("button", { name: "Set date" }).click();
  await page.waitForURL(/notice=corrected/);
  await page.screenshot({ path: `${SHOTS}17-person-date-corrected.png`, fullPage: true });
  assert.match(await execution().locator("dl.facts").textContent() ?? "", /Occurred2021-01-19 corrected/);
  await visit("/timeline", "18-timeline-corrected");
  assert.equal(await page.locator("tbody td.nowrap", { hasText: "2021-01-19" }).count(), 1);
  assert.match(await exportKnowledgeBase(kb.store, "csv"), /\r\nevent,\d+,[^,]+,execution,\d+,2021-01-19,/, "the export has the corrected date");
  await visit("/review#corrections");
  await page.getByRole("button", { name: "Undo this correction" }).click();
  await page.waitForURL(/notice=correction_undone/);
  await visit("/timeline");
  assert.equal(await page.locator("tbody td.nowrap", { hasText: "2021-01-19" }).count(), 0);
  assert.doesNotMatch(await exportKnowledgeBase(kb.store, "csv"), /2021-01-19/, "and the export has the sources' date again");
});

test("settle a contradiction from the review page: it leaves the queue", async () => {
  await visit("/review");
  const before = await page.getByRole("button", { name: "Keep both, as reported by different sources" }).count();
  assert.ok(before > 0, "a contradiction waits");
  await page.getByRole("button", { name: "Keep both, as reported by different sources" }).first().click();
  await page.waitForURL(/notice=settled/);
  await page.screenshot({ path: `${SHOTS}19-review-settled.png`, fullPage: true });
  assert.equal(await page.getByRole("button", { name: "Keep both, as reported by different sources" }).count(), before - 1);
});

test("screen an article: its people found through other spellings, its events new, confirming or contradicting", async () => {
  await visit("/screen", "20-screen");
  await page.fill("#screen-text", "Park Chol-min, a railway official, was executed in March 2019, a newspaper said. Sergey Volkonsky was detained in Almaty on October 4, 2021.");
  await page.fill("#screen-published", "2021-11-01");
  await page.getByRole("button", { name: "Screen" }).click();
  await page.waitForURL(/\/screen$/);
  await page.screenshot({ path: `${SHOTS}21-screen-results.png`, fullPage: true });
  const events = await page.locator("li[class^=screen-]").allTextContents();
  assert.ok(events.some((e) => /Contradicts\s+execution of Park Chol-min/.test(e)), events.join(" | "));
  assert.ok(events.some((e) => /Confirms\s+detention of Sergey Volkonsky/.test(e)), events.join(" | "));
  assert.ok(await page.locator("main a[href^='/people/']").count() >= 2, "the people are linked to their pages");
});

test("no page broke the CSP, logged an error or opened a dialog", () => {
  assert.deepEqual(served.problems, []);
});
