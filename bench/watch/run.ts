/**
 * Soak run of the watcher (issue 15): 200 local feeds x 20 items on 20
 * hosts (127.0.0.1 to 127.0.0.20, each a real HTTP server), watchlists with
 * a webhook, and `dossier watch run` as a process of its own, killed with
 * SIGKILL at random moments and started again until every source is read.
 * Then: every item stored exactly once, every alert written once and posted
 * (duplicates of a POST counted), one request at a time per host with the
 * pause (from the servers' logs), and items per minute end to end.
 * Usage: node dist/bench/watch/run.js [--kills N] [--seed N] [--host-delay MS]
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openStore } from "../../src/store/open-store.js";
import { addSource } from "../../src/services/watch/watch-sources.js";
import { createWatchlist } from "../../src/services/watch/watchlists.js";
import { articleHtml, rssFeed, startFeedServer, type FeedServer } from "../../test/support/services/feed-server.js";
import { createRng } from "../prng.js";

const HOSTS = 20, FEEDS_PER_HOST = 10, ITEMS = 20;
const { values } = parseArgs({ options: { kills: { type: "string", default: "6" }, seed: { type: "string", default: String(Date.now() % 100000) }, "host-delay": { type: "string", default: "100" } } });
const kills = Number(values.kills), seed = Number(values.seed), hostDelay = Number(values["host-delay"]);
const rng = createRng(seed);
const random = () => rng.next();
const CLI = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));
const GIVEN = ["Chol", "Song", "Myong", "Hyon", "Yong", "Kwang", "Sun", "Ok", "Tae", "Jin"];
const FAMILY = ["Ri", "Pak", "Kim", "Choe", "Jang", "Han", "Mun", "Kang", "Yun", "Jo"];
const EVENTS = ["defected to South Korea in 2019", "was detained by police in Seoul in May 2023", "was dismissed as trade minister in 2021", "was executed in Pyongyang in 2015"];

const log = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "dossier-watch-soak-"));
  const db = join(dir, "kb.db");
  const servers: FeedServer[] = [];
  for (let h = 0; h < HOSTS; h++) servers.push(await startFeedServer(`127.0.0.${h + 1}`));
  const received = new Map<string, number>();
  const hook = createServer((req, res) => { req.resume().on("end", () => { const id = String(req.headers["x-dossier-alert"]); received.set(id, (received.get(id) ?? 0) + 1); res.end(); }); });
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
  const webhook = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  // every article is unique; every fifth item of a feed is also listed by the next feed of its host (one article, two feeds)
  let unique = 0;
  for (const [h, server] of servers.entries()) {
    for (let f = 0; f < FEEDS_PER_HOST; f++) {
      const items = [];
      for (let i = 0; i < ITEMS; i++) {
        const n = (h * FEEDS_PER_HOST + f) * ITEMS + i;
        const path = `/news/${h}-${f}-${i}-story-${n}`;
        const name = `${FAMILY[n % 10]} ${GIVEN[Math.floor(n / 10) % 10]}-${GIVEN[Math.floor(n / 100) % 10].toLowerCase()}`;
        server.pages.set(path, { type: "text/html", body: articleHtml(`Report ${n}`, `${name}, a counsellor numbered ${n}, ${EVENTS[n % EVENTS.length]}.`, `The report was filed as item ${n} of the soak.`) });
        items.push({ url: server.base + path, title: `Report ${n}` });
        unique++;
      }
      const next = (f + 1) % FEEDS_PER_HOST;
      const shared = Array.from({ length: ITEMS / 5 }, (_, k) => ({ url: `${server.base}/news/${h}-${next}-${k * 5}-story-${(h * FEEDS_PER_HOST + next) * ITEMS + k * 5}`, title: "again" }));
      server.pages.set(`/feed-${f}.rss`, { type: "application/rss+xml", body: rssFeed([...items, ...shared]) });
    }
  }
  const store = await openStore(db);
  for (const server of servers) for (let f = 0; f < FEEDS_PER_HOST; f++) await addSource(store, `${server.base}/feed-${f}.rss`, { allowPrivate: true });
  await createWatchlist(store, store, "local", "Defections", { types: ["defection"], webhook });
  await createWatchlist(store, store, "local", "Detentions in South Korea", { types: ["detention"], countries: ["South Korea"], webhook });
  await store.close();

  const t0 = Date.now();
  let runs = 0, killed = 0;
  for (;;) {
    runs++;
    const child = spawn(process.execPath, [CLI, "watch", "run", "--db", db, "--allow-private", "--host-delay", String(hostDelay), "--lease", "3", "--fetch-timeout", "5", "--threads", "1"], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (c) => (err += c));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    let timer: NodeJS.Timeout | undefined;
    if (killed < kills) timer = setTimeout(() => { child.kill("SIGKILL"); killed++; }, 1000 + random() * 8000);
    const code = await exited;
    clearTimeout(timer);
    if (code !== null && code !== 0 && code !== 5) throw new Error(`watch run exited ${code}: ${err}`);
    const s = await openStore(db);
    const left = await s.db.selectFrom("sources").select("id").where((eb) => eb.or([eb("last_fetch_at", "is", null), eb("next_fetch_at", "<=", Date.now())])).execute();
    const pending = await s.db.selectFrom("alerts").select("id").where("webhook_state", "=", "pending").execute();
    await s.close();
    if (code !== null && !left.length && !pending.length) break;
    if (code !== null && left.length) await new Promise((r) => setTimeout(r, 500));
    if (code === null) await new Promise((r) => setTimeout(r, 3100)); // the killed watcher's leases end
    if (runs > 60) throw new Error("the watcher did not finish in 60 runs");
  }
  const seconds = (Date.now() - t0) / 1000;
  const s = await openStore(db);
  const docs = Number((await s.db.selectFrom("documents").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  const pages = await s.db.selectFrom("pages").select(["url", "document_id"]).execute();
  const itemErrors = await s.db.selectFrom("source_items").select(["url", "error"]).where("status", "=", "error").execute();
  const perDoc = new Map<number, number>();
  for (const p of pages) perDoc.set(p.document_id, (perDoc.get(p.document_id) ?? 0) + 1);
  const alerts = await s.db.selectFrom("alerts").select(["id", "webhook_state"]).execute();
  const expected = await s.db.selectFrom("doc_events").select("id").where((eb) => eb.or([eb("type", "=", "defection"), eb.and([eb("type", "=", "detention"), eb("place", "=", "South Korea")])])).execute();
  await s.close();
  // politeness from the servers' logs: per host, no overlap and the pause between requests
  let overlaps = 0, short = 0, requests = 0, smallestGap = Infinity;
  for (const server of servers) {
    const asked = [...server.log].sort((a, b) => a.start - b.start);
    requests += asked.length;
    for (let i = 1; i < asked.length; i++) {
      const gap = asked[i].start - asked[i - 1].end;
      smallestGap = Math.min(smallestGap, gap);
      if (gap < 0) overlaps++;
      // the server logs the end when its socket closes, a few ms after the client has read the answer and starts counting the pause
      else if (gap < hostDelay - 5) short++;
    }
  }
  const dupPosts = [...received.values()].filter((n) => n > 1).length;
  const lost = alerts.filter((a) => !received.has(String(a.id))).length;
  const rate = docs / (seconds / 60);
  log(`watch soak: ${HOSTS} hosts x ${FEEDS_PER_HOST} feeds x ${ITEMS} items (+${ITEMS / 5} listed twice per feed), seed ${seed}, host delay ${hostDelay} ms`);
  log(`  watcher runs ${runs}, killed with SIGKILL ${killed}, wall ${seconds.toFixed(1)} s, ${requests} requests`);
  log(`  articles stored ${docs} of ${unique} unique (${pages.length} pages; pages per document max ${Math.max(...perDoc.values())}); item errors ${itemErrors.length}${itemErrors.length ? ` e.g. ${itemErrors[0].url}: ${itemErrors[0].error}` : ""}`);
  log(`  alerts ${alerts.length} for ${expected.length} matching events; webhooks sent ${alerts.filter((a) => a.webhook_state === "sent").length}, never received ${lost}, received twice ${dupPosts}`);
  log(`  per host: overlapping requests ${overlaps}, pauses under ${hostDelay} ms (5 ms of clock tolerance) ${short} (smallest gap ${smallestGap} ms)`);
  log(`  throughput ${rate.toFixed(0)} items/min end to end (target >= 1000) ${rate >= 1000 ? "met" : "below target"}`);
  const ok = docs === unique && itemErrors.length === 0 && alerts.length === expected.length && lost === 0 && overlaps === 0 && short === 0;
  log(`  ${ok ? "every item stored once, no alert lost, rate limits kept" : "CHECK FAILED"}`);
  await Promise.all(servers.map((x) => x.close()));
  await new Promise((r) => hook.close(r));
  rmSync(dir, { recursive: true, force: true });
}

await main();
