// Watchlists and alerts end to end on the services: follow a person, an
// event type and a search; new articles from a local feed raise alerts once,
// read through each owner's clearance, and reach a webhook with a payload
// that holds nothing the owner may not see.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { openStore, type Store } from "../../store/open-store.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { addUser } from "../administration/users.js";
import { protectPerson } from "../access/protect-records.js";
import { findPerson } from "../../store/queries/find-person.js";
import { addSource } from "./watch-sources.js";
import { runWatchPass } from "./watch-pass.js";
import { createWatchlist, followPerson } from "./watchlists.js";
import { alertViews, markRead } from "./alert-view.js";
import { articleHtml, rssFeed, startFeedServer, type FeedServer } from "../../../test/support/services/feed-server.js";

const HTML = "text/html; charset=utf-8";

forEachDatabase((dialect) => {
  let server: FeedServer;
  let hook: Server;
  let hookUrl: string;
  const posted: { id: string; body: { alert: Record<string, unknown> } }[] = [];
  let where: EmptyLocation;
  let store: Store;
  const pass = () => runWatchPass(store, { fetch: { allowAddresses: ["127.0.0.1"] }, hostDelayMs: 5, threads: 0, all: true });
  const publish = (feed: string, items: { path: string; title: string; text: string }[]) => {
    for (const i of items) server.pages.set(i.path, { type: HTML, body: articleHtml(i.title, i.text) });
    server.pages.set(feed, { type: "application/rss+xml", body: rssFeed(items.map((i) => ({ url: server.base + i.path, title: i.title }))) });
  };

  before(async () => {
    server = await startFeedServer();
    hook = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c)).on("end", () => { posted.push({ id: String(req.headers["x-dossier-alert"]), body: JSON.parse(body) }); res.end("ok"); });
    });
    await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    where = await emptyLocation(dialect, "dossier-alerts-");
    store = await openStore(where.location);
    for (const [name, role] of [["ana", "analyst"], ["vic", "viewer"]]) await addUser(store.db, name, role, "long enough password");
    publish("/public.rss", [{ path: "/first-story-about-ri", title: "Envoy defects", text: "Ri Song-chol, a counsellor at the embassy in Rome, defected to South Korea in 2019." }]);
    await addSource(store, `${server.base}/public.rss`);
    await pass();
  });
  after(async () => {
    await store.close();
    await where.remove();
    await server.close();
    await new Promise((r) => hook.close(r));
  });

  test("new events raise one alert per watchlist, each read through its owner's clearance; the webhook gets each once", async () => {
    const ri = (await findPerson(store.db, "Ri Song-chol"))!;
    assert.ok(ri, "the first article was stored and resolved");
    const ana = await store.reader("restricted");
    const vic = await store.reader("public");
    await followPerson(store, ana, "ana", ri);
    await createWatchlist(store, vic, "vic", "Defections", { types: ["defection"], webhook: hookUrl });
    await createWatchlist(store, vic, "vic", "Search Kaesong", { query: "kaesong factory" });
    await assert.rejects(createWatchlist(store, vic, "vic", "Nothing", {}), { code: "usage" });
    const noAlertsYet = await alertViews(ana, "ana");
    assert.equal(noAlertsYet.length, 0, "only events stored from now on");
    publish("/public.rss", [
      { path: "/first-story-about-ri", title: "Envoy defects", text: "Ri Song-chol, a counsellor at the embassy in Rome, defected to South Korea in 2019." },
      { path: "/ri-is-detained-story", title: "Envoy detained", text: "Ri Song-chol was detained by police in Seoul in May 2024. He had worked at the Kaesong factory." },
      { path: "/another-defector-story", title: "Sailor defects", text: "Han Ok-sun, a sailor, defected to Japan by boat in 2023." },
    ]);
    publish("/secret.rss", [{ path: "/restricted-defection-story", title: "Quiet defection", text: "Mun Chang-ho, a trade official, defected to South Korea in March 2024." }]);
    await addSource(store, `${server.base}/secret.rss`, { level: "restricted" });
    const summary = await pass();
    assert.ok(summary.alerts >= 3, `alerts written: ${summary.alerts}`);
    const anaAlerts = await alertViews(ana, "ana");
    assert.deepEqual(anaAlerts.map((a) => [a.watchlist, a.type, a.person?.name]), [["Following", "detention", "Ri Song-chol"]]);
    assert.match(anaAlerts[0].quote, /detained by police in Seoul/);
    const vicAlerts = await alertViews(vic, "vic");
    const defections = vicAlerts.filter((a) => a.watchlist === "Defections");
    assert.deepEqual(defections.map((a) => a.person?.name), ["Han Ok-sun"], "the restricted defection is no alert of a viewer");
    assert.ok(vicAlerts.some((a) => a.watchlist === "Search Kaesong" && a.type === "detention"));
    // a second pass finds nothing new and writes no alert twice
    const again = await pass();
    assert.equal(again.alerts, 0);
    assert.equal((await alertViews(vic, "vic")).length, vicAlerts.length);
    assert.deepEqual(posted.map((p) => p.id), defections.map((d) => String(d.id)));
    assert.equal(posted[0].body.alert.type, "defection");
    assert.doesNotMatch(JSON.stringify(posted), /Mun Chang-ho|Quiet defection/);
    await markRead(store, "vic", { ids: [defections[0].id] });
    assert.equal((await alertViews(vic, "vic", { unread: true })).length, vicAlerts.length - 1);
    await markRead(store, "ana", { ids: [defections[0].id] });
    assert.equal((await alertViews(vic, "vic", { unread: true })).length, vicAlerts.length - 1, "nobody marks another user's alerts");
  });

  test("a person protected after the alert shows under the pseudonym in the alert; a document made restricted hides it from a viewer", async () => {
    const han = (await findPerson(store.db, "Han Ok-sun"))!;
    await protectPerson(store.db, han, "restricted", "Witness H", "test");
    const vic = await store.reader("public");
    const shown = (await alertViews(vic, "vic")).filter((a) => a.watchlist === "Defections");
    assert.equal(shown[0].person?.name, "Witness H");
    assert.doesNotMatch(JSON.stringify(shown), /Han Ok-sun/);
  });
});
