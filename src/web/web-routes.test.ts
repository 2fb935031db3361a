import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { Hono } from "hono";
import type { Store } from "../store/open-store.js";
import { HOSTILE_ATTR, HOSTILE_TEXT } from "../../test/support/web/web-articles.js";
import { webKnowledgeBase } from "../../test/support/web/web-kb.js";
import { pagePaths, WEB_PAGES } from "./page-table.js";
import { webRoutes } from "./web-routes.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  let kb: Awaited<ReturnType<typeof webKnowledgeBase>>;
  let app: Hono;
  before(async () => {
    kb = await webKnowledgeBase(dialect);
    app = new Hono().route("/", webRoutes(kb.store));
  });
  after(() => kb.dispose());

  const get = async (path: string): Promise<{ status: number; body: string; type: string | null }> => {
    const res = await app.request(path);
    return { status: res.status, body: await res.text(), type: res.headers.get("content-type") };
  };
  const post = (path: string, fields: Record<string, string>, origin = "http://localhost") =>
    app.request(path, { method: "POST", body: new URLSearchParams(fields), headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: origin } });

  async function personNamed(store: Store, name: string): Promise<number> {
    const row = await store.db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("p")).where("name", "=", name).executeTakeFirstOrThrow();
    return row.p;
  }

  /** Every HTML page of the page table, and some queries. */
  const PAGES = [...pagePaths({ people: [1], documents: [1, 5], watchlists: [] }, WEB_PAGES.filter((p) => p.type === "html")),
    "/people?q=volk&event=detention&sort=name", "/timeline?type=execution&country=&from=2020&to=2021",
    "/search?q=Chol-min", "/search?q=script", "/search?q=alert", "/search?q=detention"];

  test("every page the router answers with GET is a row of the page table, and the navigation lists the rows marked nav", async () => {
    const table = new Set(WEB_PAGES.map((p) => p.path));
    const routed = webRoutes(kb.store).routes.filter((r) => r.method === "GET" && !r.path.startsWith("/assets/")).map((r) => r.path);
    assert.ok(routed.length >= table.size, `${routed.length} GET routes`);
    assert.deepEqual(routed.filter((path) => !table.has(path)), []);
    const nav = /<nav aria-label="Main">.*?<\/nav>/s.exec((await get("/")).body)?.[0] ?? "";
    assert.deepEqual([...nav.matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]), WEB_PAGES.filter((p) => p.nav).map((p) => p.path));
  });

  test("every page answers 200 with HTML and never echoes the hostile article unescaped", async () => {
    for (const path of [...PAGES, `/people/${await personNamed(kb.store, "Ri Yong-ho")}`]) {
      const { status, body, type } = await get(path);
      assert.equal(status, 200, `${path}: ${body.slice(0, 300)}`);
      assert.match(type ?? "", /^text\/html/, path);
      assert.ok(!body.includes(HOSTILE_TEXT) && !body.includes("<script>alert"), `${path} contains the raw <script> of the article`);
      assert.ok(!body.includes(HOSTILE_ATTR) && !/<img/i.test(body), `${path} contains the raw <img onerror> of the article`);
      assert.doesNotMatch(body, /<[a-z][^>]*\son[a-z]+\s*=/i, `${path} has an on* attribute`);
      assert.ok(!/style=|<style/i.test(body), `${path} has inline style`);
      assert.equal((body.match(/<script/g) ?? []).length, 1, `${path}: only the /assets/app.js script tag`);
    }
  });

  test("the hostile document shows its text escaped, with the person marked and no javascript: link", async () => {
    const { body } = await get("/documents/5");
    assert.ok(body.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert.ok(body.includes("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert.match(body, /<a class="mention" href="\/people\/\d+"><mark>Ri Yong-ho<\/mark><\/a>/);
    assert.ok(!body.includes('href="javascript:'), "the article's javascript: URL is not a link");
  });

  test("the person page lists both spellings, the quote with the name marked, and links to the document span", async () => {
    const { body } = await get(`/people/${await personNamed(kb.store, "Pak Chol-min")}`);
    for (const name of ["Pak Chol-min", "Park Chol Min"]) assert.ok(body.includes(name), name);
    assert.match(body, /<blockquote>North Korea executed <mark>Pak Chol-min<\/mark>/);
    assert.match(body, /href="\/documents\/1#span-0-\d+"/);
    assert.match(body, /a Japanese newspaper/);
    assert.match(body, /<a class="external" href="https:\/\/east-wire\.example\/2021\/02\/10\/pak-executed" rel="noopener noreferrer">/);
  });

  test("an event its text does not date is undated everywhere, its first report labelled, and on no time axis", async () => {
    const kang = await personNamed(kb.store, "Kang Myong-chol");
    const person = (await get(`/people/${kang}`)).body;
    assert.match(person, /<span class="undated">undated<\/span> <span class="muted">\(first reported 2016-08-20\)<\/span>/);
    assert.match(person, /does not date it/);
    assert.doesNotMatch(person, /Occurred<\/dt><dd>2016/);
    const timeline = (await get("/timeline")).body;
    const row = /<tr id="event-\d+"><td class="nowrap"><span class="undated">undated<\/span><\/td>.*?Kang Myong-chol.*?<\/tr>/s.exec(timeline);
    assert.ok(row, "the table lists it as undated");
    assert.match(row[0], /<td class="nowrap">2016-08-20<\/td>/, "with its first report in a column of its own");
    assert.ok(!/<svg[^]*Kang Myong-chol[^]*<\/svg>/.test(timeline), "the time axis does not draw it");
    assert.ok(!(await get("/")).body.includes("Kang Myong-chol"), "the latest events are dated ones");
    assert.match((await get("/charts")).body, /<th scope="row">undated<\/th>/);
  });

  test("the document view marks evidence with an anchor the person page links to", async () => {
    const { body } = await get("/documents/1");
    assert.match(body, /<mark class="evidence" id="span-0-\d+">/);
    assert.match(body, /<a class="event-link" href="\/people\/\d+#event-\d+">execution<\/a>/);
  });

  test("assets are served with their content types; unknown ones are 404", async () => {
    assert.match((await get("/assets/style.css")).type ?? "", /^text\/css/);
    assert.match((await get("/assets/app.js")).type ?? "", /^text\/javascript/);
    assert.equal((await get("/assets/constructor")).status, 404);
  });

  test("unknown people and documents are 404 pages, bad input is 400", async () => {
    assert.equal((await get("/people/99999")).status, 404);
    assert.equal((await get("/documents/99999")).status, 404);
    assert.equal((await get("/documents/abc")).status, 404);
    const missing = await get("/no-such-page");
    assert.equal(missing.status, 404);
    assert.match(missing.body, /<h1>Not found<\/h1>/);
    const res = await post("/review/judge", { left: "1", right: "x", verdict: "same" });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /must be a person id/);
  });

  test("a judgement POSTed from another site is refused (CSRF)", async () => {
    const res = await post("/review/judge", { left: "1", right: "3", verdict: "same" }, "https://evil.example");
    assert.equal(res.status, 403);
  });

  test("merge from the person page, then undo: both names appear, then the people split again", async () => {
    const [sergei, sergey] = [await personNamed(kb.store, "Sergei Volkonsky"), await personNamed(kb.store, "Sergey Volkonsky")];
    assert.notEqual(sergei, sergey);
    const merged = await post("/review/judge", { left: String(sergei), right: String(sergey), verdict: "same", back: `/people/${sergei}` });
    assert.equal(merged.status, 303);
    const location = merged.headers.get("location") ?? "";
    assert.match(location, new RegExp(`^/people/${sergei}\\?notice=same&judgement=\\d+$`));
    const page = (await get(location)).body;
    assert.ok(page.includes("Sergei Volkonsky") && page.includes("Sergey Volkonsky") && page.includes("Recorded: they are one person."));
    assert.match(page, /<form action="\/review\/undo" method="post"><input type="hidden" name="id" value="\d+">/, "the notice offers Undo");
    assert.equal((await app.request(`/people/${sergey}`)).headers.get("location"), `/people/${sergei}`, "the merged id leads to the merged person");
    assert.doesNotMatch((await get("/review")).body, /Same person\? <span/, "the suggestion is settled");
    const undone = await post("/review/undo", { id: /judgement=(\d+)/.exec(location)![1], back: "/review" });
    assert.equal(undone.status, 303);
    assert.equal(undone.headers.get("location"), "/review?notice=undone");
    assert.ok(!(await get(`/people/${sergei}`)).body.includes("Sergey Volkonsky"));
    assert.match((await get("/review")).body, /Accept: same person/, "the suggestion is open again");
  });

  test("correct an event's date from the person page: the page and the timeline show it, Undo takes it back", async () => {
    const pak = await personNamed(kb.store, "Pak Chol-min");
    const page = (await get(`/people/${pak}`)).body;
    const event = Number(/<form class="inline" action="\/facts\/correct" method="post">\s*<input type="hidden" name="event" value="(\d+)"><input type="hidden" name="prop" value="occurred">/.exec(page)?.[1]);
    assert.ok(event > 0, "the event has a date form");
    const res = await post("/facts/correct", { event: String(event), prop: "occurred", value: "2021-01-19", back: `/people/${pak}#event-${event}` });
    assert.equal(res.status, 303);
    const location = res.headers.get("location") ?? "";
    assert.match(location, new RegExp(`^/people/${pak}\\?notice=corrected&judgement=(\\d+)#event-\\d+$`));
    const corrected = (await get(location)).body;
    assert.match(corrected, /Corrected: the value stands over the sources/);
    assert.match(corrected, /<dt>Occurred<\/dt><dd>2021-01-19 <span class="badge corrected">corrected<\/span>/);
    assert.match(corrected, /<form action="\/facts\/undo" method="post"><input type="hidden" name="id" value="\d+">/);
    assert.match((await get("/timeline")).body, /<td class="nowrap">2021-01-19<\/td>/);
    const judgement = /judgement=(\d+)/.exec(location)![1];
    assert.equal((await post("/facts/undo", { id: judgement, back: `/people/${pak}` })).status, 303);
    assert.doesNotMatch((await get(`/people/${pak}`)).body, /2021-01-19/);
    assert.equal((await post("/facts/correct", { event: String(event), prop: "occurred", value: "someday", back: "/" })).status, 400);
    assert.equal((await post("/facts/correct", { event: "99999", prop: "occurred", value: "2020", back: "/" })).status, 404);
  });

  test("settle a contradiction from the review page: it leaves the queue", async () => {
    const review = (await get("/review")).body;
    const conflict = /<input type="hidden" name="conflict" value="(\d+)">/.exec(review)?.[1];
    assert.ok(conflict, "the review page offers to settle a contradiction");
    const res = await post("/facts/settle", { conflict, choice: "both", back: "/review" });
    assert.equal(res.status, 303);
    assert.doesNotMatch((await get("/review")).body, new RegExp(`name="conflict" value="${conflict}"`));
    assert.equal((await post("/facts/undo", { id: /judgement=(\d+)/.exec(res.headers.get("location") ?? "")![1], back: "/review" })).status, 303);
    assert.match((await get("/review")).body, new RegExp(`name="conflict" value="${conflict}"`));
  });

  test("a redirect target off this site falls back to the review page", async () => {
    const made: string[] = [];
    for (const back of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
      const res = await post("/review/judge", { left: "3", right: "4", verdict: "not_same", back });
      assert.match(res.headers.get("location") ?? "", /^\/review\?notice=not_same&judgement=\d+$/, back);
      made.push(/judgement=(\d+)/.exec(res.headers.get("location") ?? "")![1]);
    }
    for (const id of made.reverse()) await post("/review/undo", { id });
  });
});
