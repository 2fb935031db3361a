// dossier watch add, list, run, status and remove against a local feed server.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { emptyLocation, type EmptyLocation } from "../../test/support/store/test-databases.js";
import { articleHtml, rssFeed, startFeedServer, type FeedServer } from "../../test/support/services/feed-server.js";
import { runCli } from "../../test/support/cli/run-cli.js";

let server: FeedServer;
let where: EmptyLocation;
before(async () => {
  server = await startFeedServer();
  where = await emptyLocation("sqlite", "dossier-watch-cli-");
  server.pages.set("/a-new-story-today", { type: "text/html", body: articleHtml("Envoy defects", "Ri Song-chol, a counsellor at the embassy in Rome, defected to South Korea in 2019.") });
  server.pages.set("/rss", { type: "application/rss+xml", body: rssFeed([{ url: `${server.base}/a-new-story-today`, title: "Envoy defects" }, { url: `${server.base}/missing-story-page`, title: "Gone" }]) });
});
after(async () => { await server.close(); await where.remove(); });

test("watch add, run, status and remove: the new article is stored, the failed one is shown with its reason", async () => {
  const db = ["--db", where.location];
  const added = await runCli(["watch", "add", `${server.base}/rss`, "--every", "15m", "--allow-private", ...db]);
  assert.equal(added.code, 0, added.err);
  assert.match(added.out, /following source 1: .*\/rss every 15m \(public\); due now/);
  assert.equal((await runCli(["watch", "add", "ftp://x", ...db])).code, 2);
  assert.match((await runCli(["watch", "add", `${server.base}/rss`, "--every", "10s", ...db])).err, /--every must be a duration from 1m/);
  const ran = await runCli(["watch", "run", "--host-delay", "10", "--threads", "0", ...db]);
  assert.equal(ran.code, 5, "an article failed");
  assert.match(ran.err, /read 1 of 1 source\(s\) \(0 failed\); 2 listed: 1 new, .* 1 errors/);
  const status = await runCli(["watch", "status", ...db]);
  assert.match(status.out, /rss .* 15m .* ok .* 1\/1 +1/);
  assert.match(status.out, /source 1 item .*missing-story-page: fetch_failed: .*HTTP 404/);
  const again = await runCli(["watch", "run", ...db]);
  assert.match(again.err, /read 0 of 0 source/, "not due yet");
  const json = JSON.parse((await runCli(["watch", "list", "--json", ...db])).out);
  assert.equal(json[0].new_articles, 1);
  assert.equal((await runCli(["watch", "remove", "1", ...db])).code, 0);
  assert.match((await runCli(["watch", "status", ...db])).out, /no sources followed/);
  assert.equal((await runCli(["watch", "remove", "1", ...db])).code, 3);
});
