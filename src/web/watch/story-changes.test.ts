// A source that changed its story: both versions stored, and the person page
// tells which event only the first version reported.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "../../store/open-store.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { addSource } from "../../services/watch/watch-sources.js";
import { runWatchPass } from "../../services/watch/watch-pass.js";
import { articleHtml, atomFeed, startFeedServer, type FeedServer } from "../../../test/support/services/feed-server.js";
import { personPage } from "../pages/person-page.js";

forEachDatabase((dialect) => {
  let server: FeedServer;
  let where: EmptyLocation;
  let store: Store;
  before(async () => { server = await startFeedServer(); where = await emptyLocation(dialect, "dossier-story-"); store = await openStore(where.location); });
  after(async () => { await store.close(); await where.remove(); await server.close(); });

  test("the person page shows that a source changed its story, and what only one version told", async () => {
    const publish = (sentence: string, updated: string) => {
      server.pages.set("/story", { type: "text/html", body: articleHtml("Official", sentence, "Officials confirmed the report on Tuesday.") });
      server.pages.set("/feed.atom", { type: "application/atom+xml", body: atomFeed([{ url: `${server.base}/story`, title: "Official", updated }]) });
    };
    publish("Yun Chol-ho was arrested by police in Seoul in April 2024.", "2024-04-02T08:00:00Z");
    const source = await addSource(store, `${server.base}/feed.atom`);
    const pass = () => runWatchPass(store, { fetch: { allowAddresses: ["127.0.0.1"] }, hostDelayMs: 5, threads: 0, sourceIds: [source.id] });
    await pass();
    publish("Yun Chol-ho, an official, was dismissed as trade minister in Seoul in April 2024.", "2024-04-03T08:00:00Z");
    assert.equal((await pass()).changed, 1);
    const yun = (await store.db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("p")).where("name", "=", "Yun Chol-ho").executeTakeFirstOrThrow()).p;
    const page = (await personPage(store, String(yun))).body.markup;
    assert.match(page, /Sources that changed their story/);
    assert.match(page, /version 1<\/a>.*detention 2024-04.*\(only in this version: detention 2024-04\)/s);
    assert.match(page, /the latest version no longer tells detention 2024-04/);
  });
});
