import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Hono } from "hono";
import { API_ROUTES } from "../http/route-table.js";
import type { Level } from "../model/levels.js";
import type { Role } from "../services/access/access.js";
import { AuditTrail } from "../services/access/audit-trail.js";
import { ingestArticles } from "../services/ingest/ingest-articles.js";
import { protectPerson } from "../services/access/protect-records.js";
import { addUser, createToken } from "../services/administration/users.js";
import { correctEvent, setPersonPost } from "../services/resolution/correct-facts.js";
import { openStore, type Store } from "../store/open-store.js";
import { findPerson } from "../store/queries/find-person.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../test/support/store/test-databases.js";
import { createApp } from "./create-app.js";
import { runCli } from "../../test/support/cli/run-cli.js";
import { pagePaths } from "../web/page-table.js";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { matchAlerts } from "../services/watch/match-alerts.js";
import { deliverWebhooks } from "../services/watch/deliver-webhooks.js";
import { createWatchlist, newFeedToken } from "../services/watch/watchlists.js";

/**
 * Canaries: invented names that must never reach a reader below their level.
 * One whole document is confidential; one is restricted; one person in a
 * public document is protected at confidential under a pseudonym, and is
 * also named in the restricted one.
 */
const CANARIES: Record<string, { words: string[]; level: Level }> = {
  "in a confidential document": { words: ["Hyon Tae-gyom", "Tae-gyom"], level: "confidential" },
  "a protected identity": { words: ["Pyon Chol-ung", "Chol-ung", "Pyon"], level: "confidential" },
  "in a restricted document": { words: ["Ok Myong-sil", "Myong-sil"], level: "restricted" },
};

const ARTICLES: { name: string; level: Level; record: { title: string; url: string; published: string; text: string } }[] = [
  {
    name: "secret.json", level: "confidential",
    record: {
      title: "Hyon Tae-gyom leaves his post", url: "https://wire.example/hyon-tae-gyom", published: "2020-02-02",
      text: "Hyon Tae-gyom, a trade official in Bangkok, defected in January 2020. Hyon was later seen in Seoul. Pak Chol-min, a counsellor, was also named.",
    },
  },
  {
    name: "restricted.json", level: "restricted",
    record: {
      title: "Envoy recalled", url: "https://daily.example/recall", published: "2021-03-03",
      text: "Ok Myong-sil, a third secretary in Rome, was detained in Pyongyang in February 2021, officials said. Pyon Chol-ung had defected two years before.",
    },
  },
  {
    name: "public.json", level: "public",
    record: {
      title: "Pyon Chol-ung defects to the South", url: "https://paper.example/pyon-chol-ung-defects", published: "2019-05-05",
      text: "Pyon Chol-ung, the deputy ambassador in Kuwait, defected to South Korea in April 2019, according to a lawmaker. Pyon arrived with his wife. Ri Sun-hui was executed in 2018, Yonhap reported.",
    },
  },
  {
    name: "other.json", level: "public",
    record: {
      title: "Diplomat defects", url: "https://wire.example/rome", published: "2020-03-03",
      text: "Pak Chol-min, a counsellor at the embassy in Rome, defected in 2019. Jang Song-thaek was executed in 2013.",
    },
  },
];

/** A public page whose outlet, and a public article whose source of a claim, is the protected identity. */
const OUTLET_PAGE = `<html><head><title>Colonel dismissed</title><meta property="og:site_name" content="Pyon Chol-ung Watch"></head>
<body><article><h1>Colonel dismissed</h1><p>Ri Chol-jin, a colonel in the border guard, was dismissed in June 2018, the newsletter said.</p>
<p>The dismissal followed an inspection of the harbour at Nampo.</p></article></body></html>`;
const ATTRIBUTED = { title: "Trade official arrested", url: "https://paper.example/arrest", published: "2019-07-01",
  text: "Kim Yong-nam, a trade official in Dandong, was arrested in March 2019, according to Pyon Chol-ung." };

/**
 * The truncation oracle: a public article with a word that 25 newer
 * confidential ones repeat (ranking them first). A viewer's search for the
 * word must still find the public one: access is filtered before the limit.
 */
const LIGHTHOUSE = { title: "Keepers", url: "https://paper.example/keepers", published: "2018-01-01",
  text: "Choe Un-hui, a fisheries official, said the lighthouse at Sinpo was repaired in 2017 by volunteers from the county." };
const lighthouseSecret = (i: number) => ({ title: `Lighthouse note ${i}`, url: `https://wire.example/lighthouse-${i}`, published: "2020-05-05",
  text: `Lighthouse lighthouse lighthouse. The lighthouse log ${i} lists lighthouse visits.` });

/** Words the public record shows beside the protected name, for guesses "<masked word> <visible word>". */
const VISIBLE_WORDS = ["Kuwait", "deputy", "lawmaker", "wife", "Dandong", "arrested", "trade"];

const ROLES_CLEARED: Record<Role, Level> = { viewer: "public", analyst: "restricted", admin: "confidential" };
const RANK: Record<Level, number> = { public: 0, restricted: 1, confidential: 2 };

forEachDatabase((dialect) => {
  let kb: EmptyLocation;
  let store: Store;
  let audit: AuditTrail;
  let app: Hono;
  const tokens = {} as Record<Role, string>;
  /** Each role's watchlists (issue 15) with their feed tokens, and the webhook payloads posted for each. */
  const watchlists: { role: Role; id: number; feedToken: string }[] = [];
  const posted: { watchlistId: number; body: string }[] = [];
  let hook: Server;

  before(async () => {
    kb = await emptyLocation(dialect, "dossier-canary-");
    store = await openStore(kb.location);
    hook = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c)).on("end", () => { posted.push({ watchlistId: JSON.parse(body).alert.watchlistId, body }); res.end(); });
    });
    await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
    const webhook = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    // watchlists made before the articles arrive, so that each article's events raise alerts: by type, and a saved search for a canary name
    for (const role of ["viewer", "analyst", "admin"] as const) {
      await addUser(store.db, role, role, "a long enough password");
      tokens[role] = await createToken(store.db, role, "crawl");
      const reader = await store.reader(ROLES_CLEARED[role]);
      for (const follows of [{ types: ["defection", "detention", "execution"], webhook }, { query: "Pyon Chol-ung", webhook }, { query: "Hyon" }]) {
        const w = await createWatchlist(store, reader, role, follows.query ? `Saved search ${watchlists.length}` : "Events", follows);
        watchlists.push({ role, id: w.id, feedToken: "" });
      }
    }
    for (const a of ARTICLES) {
      mkdirSync(join(kb.dir, a.level), { recursive: true });
      writeFileSync(join(kb.dir, a.level, a.name), JSON.stringify(a.record));
    }
    writeFileSync(join(kb.dir, "public", "watch.html"), OUTLET_PAGE);
    writeFileSync(join(kb.dir, "public", "attributed.json"), JSON.stringify(ATTRIBUTED));
    writeFileSync(join(kb.dir, "public", "lighthouse.json"), JSON.stringify(LIGHTHOUSE));
    mkdirSync(join(kb.dir, "later"), { recursive: true });
    for (let i = 0; i < 25; i++) writeFileSync(join(kb.dir, "later", `lighthouse-${String(i).padStart(2, "0")}.json`), JSON.stringify(lighthouseSecret(i)));
    for (const level of ["public", "restricted", "confidential"] as const) {
      const summary = await ingestArticles(store, [join(kb.dir, level)], { workers: 0, level });
      assert.equal(summary.failed, 0);
    }
    assert.equal((await ingestArticles(store, [join(kb.dir, "later")], { workers: 0, level: "confidential" })).failed, 0);
    // an actor and a place that name the protected identity (the extraction gives neither; an analyst's source might)
    const defection = await eventOf("Pak Chol-min", "other.json");
    await setEventValue(defection, "place", "place", "Pyon Chol-ung's home county");
    await setEventValue(await eventOf("Jang Song-thaek", "other.json"), "actor", "actor", "a driver for Pyon Chol-ung");
    const pyon = await findPerson(store.db, "Pyon Chol-ung");
    assert.ok(pyon !== undefined, "the fixture names Pyon Chol-ung as a person");
    await protectPerson(store.db, pyon, "confidential", "Defector #7", "test");
    // corrections that name canaries: the log must show each only to those who see what it is about
    await correctEvent(store.db, await eventOf("Hyon Tae-gyom"), "place", "Thailand", { by: "admin", why: "Hyon Tae-gyom was seen in Bangkok" });
    await correctEvent(store.db, await eventOf("Ok Myong-sil"), "occurred", "2021-02-11", { by: "admin", why: "Ok Myong-sil's file gives the day" });
    await setPersonPost(store.db, pyon, "envoy (Pyon Chol-ung's own account)", { by: "admin", why: "Pyon Chol-ung told the court" });
    assert.ok((await matchAlerts(store)) > 0);
    assert.ok((await deliverWebhooks(store, { fetch: { allowAddresses: ["127.0.0.1"] } })).sent > 0);
    for (const w of watchlists) w.feedToken = await newFeedToken(store, w.role, w.id);
    audit = await AuditTrail.open(kb.location);
    app = createApp(store, { auth: true, audit });
  });

  /** The first event of a person (in one source, when given). */
  async function eventOf(name: string, source?: string): Promise<number> {
    let q = store.db.selectFrom("doc_events as e").innerJoin("doc_people as p", "p.id", "e.doc_person_id").innerJoin("documents as d", "d.id", "e.document_id")
      .select("e.id").where("p.name", "=", name);
    if (source) q = q.where("d.source", "like", `%${source}`);
    return (await q.orderBy("e.id").executeTakeFirstOrThrow()).id;
  }

  /** Gives an event's property a value, as a statement and in its row (what a source or an import could say). */
  async function setEventValue(event: number, prop: string, column: "place" | "actor", value: string): Promise<void> {
    const subject = `doc_event:${event}`;
    const type = await store.db.selectFrom("statements").selectAll().where("subject", "=", subject).where("prop", "=", "type").executeTakeFirstOrThrow();
    await store.db.deleteFrom("statements").where("subject", "=", subject).where("prop", "=", prop).execute();
    const { id: _, ...rest } = type;
    await store.db.insertInto("statements").values({ ...rest, prop, value }).execute();
    await store.db.updateTable("doc_events").set({ [column]: value }).where("id", "=", event).execute();
  }

  after(async () => {
    await audit.close();
    await store.close();
    await kb.remove();
    await new Promise((r) => hook.close(r));
  });

  /** Every id a route could be asked for: all document people, documents and events there are, and some that are not. */
  async function allIds(): Promise<{ people: number[]; documents: number[] }> {
    const people = (await store.db.selectFrom("doc_people").select("id").execute()).map((r) => r.id);
    const documents = (await store.db.selectFrom("documents").select("id").execute()).map((r) => r.id);
    return { people: [...people, 9999], documents: [...documents, 9999] };
  }

  /** The paths to read: every GET route of the API (each id for those with one), every page of the page table, searches for every canary word, every export format. */
  async function pathsToCrawl(): Promise<string[]> {
    const { people, documents } = await allIds();
    const words = Object.values(CANARIES).flatMap((c) => c.words);
    const paths: string[] = [];
    for (const route of API_ROUTES.filter((r) => r.method === "get")) {
      const base = `/api${route.path}`;
      if (base.includes(":id")) paths.push(...(route.path.startsWith("/documents") ? documents : people).map((id) => base.replace(":id", String(id))));
      else if (route.path === "/search") paths.push(...words.map((w) => `${base}?q=${encodeURIComponent(w)}`));
      else if (route.path === "/export") paths.push(...["json", "csv", "ftm", "statements"].map((f) => `${base}?format=${f}`));
      else paths.push(base, `${base}?limit=500`);
    }
    paths.push("/api/people?q=Pyon", "/api/people?q=Hyon", "/api/people?q=Ok%20Myong", "/api/people?sort=name&limit=500");
    // every page of the page table, each person, document and watchlist for those with an id
    paths.push(...pagePaths({ people, documents, watchlists: watchlists.map((w) => w.id) }));
    paths.push("/people?sort=name", "/timeline?type=defection", "/nowhere");
    paths.push(...words.map((w) => `/search?q=${encodeURIComponent(w)}`), ...words.map((w) => `/people?q=${encodeURIComponent(w)}`));
    paths.push(...guesses().flatMap((q) => [`/api/search?q=${encodeURIComponent(q)}`, `/search?q=${encodeURIComponent(q)}`]));
    paths.push("/api/search?q=lighthouse", "/api/events?limit=500", "/api/timeline?limit=500");
    return paths;
  }

  /** GET as a role (following redirects on this site), the body as text. */
  async function getAs(role: Role, path: string): Promise<{ status: number; text: string }> {
    let res = await app.request(path, { headers: { authorization: `Bearer ${tokens[role]}` } });
    for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 3; hops++) {
      res = await app.request(res.headers.get("location")!, { headers: { authorization: `Bearer ${tokens[role]}` } });
    }
    return { status: res.status, text: await res.text() };
  }

  /** How often the word stands in the text as a whole word ("Pyon" is not in "Pyongyang"), any case. */
  const count = (text: string, word: string): number => text.match(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "giu"))?.length ?? 0;

  /**
   * True when the word is in the answer beyond the echo of what was searched:
   * a search page shows its query back ("Pyon" in the search box), which tells
   * the reader nothing they did not type; a result naming it would.
   */
  function seen(text: string, word: string, path: string): boolean {
    const query = new URL(path, "http://x").searchParams.get("q");
    const echoes = query ? text.split(query).length - 1 : 0;
    return count(text, word) > echoes * (query ? count(query, word) : 0);
  }

  test("no canary reaches a role below its level, over every route, page, search and export; each role sees what it is cleared for", async () => {
    const paths = await pathsToCrawl();
    const leaks: string[] = [];
    const shown = new Map<string, Set<Role>>();
    for (const role of ["viewer", "analyst", "admin"] as const) {
      for (const path of paths) {
        const answer = await getAs(role, path);
        const { status } = answer;
        // /watchlists shows each saved search as its owner typed it: an echo, like a search box
        const text = path === "/watchlists" ? answer.text.replace(/search &quot;[^&]*&quot;/g, "") : answer.text;
        assert.ok(status < 500, `${role} ${path}: ${status} ${text.slice(0, 200)}`);
        for (const [what, canary] of Object.entries(CANARIES)) {
          for (const word of canary.words) {
            if (!seen(text, word, path)) continue;
            if (RANK[ROLES_CLEARED[role]] < RANK[canary.level]) leaks.push(`${role} saw "${word}" (${what}) at ${path}`);
            shown.set(what, (shown.get(what) ?? new Set()).add(role));
          }
        }
      }
    }
    assert.deepEqual(leaks, []);
    assert.ok(paths.length > 60, `crawled ${paths.length} paths per role`);
    // the crawl can see a canary: each is shown to the roles cleared for it
    assert.deepEqual([...(shown.get("in a confidential document") ?? [])], ["admin"]);
    assert.deepEqual([...(shown.get("a protected identity") ?? [])], ["admin"]);
    assert.deepEqual([...(shown.get("in a restricted document") ?? [])].sort(), ["admin", "analyst"]);
  });

  /** "<masked word> <visible word>": what an attacker who guesses the protected name would search. */
  const guesses = (): string[] => ["Pyon", "Chol-ung", "Pyon Chol-ung"].flatMap((m) => VISIBLE_WORDS.map((v) => `${m} ${v}`));

  /** An answer with the query it echoes (raw, escaped for HTML, encoded for a URL) replaced, to compare two searches' results. */
  function withoutEcho(text: string, query: string): string {
    const forms = [query, encodeURIComponent(query), new URLSearchParams({ q: query }).toString().slice(2), query.replace(/&/g, "&amp;").replace(/</g, "&lt;")];
    return forms.reduce((t, f) => t.split(f).join("QUERY"), text);
  }

  test("search guesses: below its level, '<part of the protected name> <visible word>' answers exactly as '<a name nobody has> <visible word>'", async () => {
    const differences: string[] = [];
    for (const role of ["viewer", "analyst"] as const) {
      for (const guess of guesses()) {
        const control = `Zorbin ${guess.split(" ").at(-1)}`;
        for (const base of ["/api/search?q=", "/search?q="]) {
          const a = withoutEcho((await getAs(role, base + encodeURIComponent(guess))).text, guess);
          const b = withoutEcho((await getAs(role, base + encodeURIComponent(control))).text, control);
          if (a !== b) differences.push(`${role} ${base}${guess}`);
        }
      }
    }
    assert.deepEqual(differences, []);
    // the guesses can succeed: an admin finds the article by them
    const admin = JSON.parse((await getAs("admin", `/api/search?q=${encodeURIComponent("Pyon Kuwait")}`)).text) as { documents: unknown[] };
    assert.equal(admin.documents.length, 1);
  });

  test("the truncation oracle: a reader's search finds the public article that 25 newer confidential ones match too (access filtered before the limit)", async () => {
    for (const role of ["viewer", "analyst"] as const) {
      const found = JSON.parse((await getAs(role, "/api/search?q=lighthouse")).text) as { documents: { title: string }[] };
      assert.deepEqual(found.documents.map((d) => d.title), ["Keepers"], role);
      assert.match((await getAs(role, "/search?q=lighthouse")).text, /Keepers/, role);
    }
    const admin = JSON.parse((await getAs("admin", "/api/search?q=lighthouse")).text) as { documents: { title: string }[] };
    assert.equal(admin.documents.length, 20, "an admin sees the first 20 of 26");
  });

  test("timing: a word only hidden documents hold answers as fast as a word nobody wrote (interleaved medians, relative)", async (t) => {
    // "visits" is only in the 25 confidential lighthouse notes; "zqxvbn" is nowhere
    const time = async (q: string) => {
      const t = process.hrtime.bigint();
      await getAs("viewer", `/api/search?q=${q}`);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    for (let i = 0; i < 5; i++) await Promise.all([time("visits"), time("zqxvbn")]);
    const hidden: number[] = [];
    const absent: number[] = [];
    for (let i = 0; i < 60; i++) {
      hidden.push(await time("visits"));
      absent.push(await time("zqxvbn"));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const [h, a] = [median(hidden), median(absent)];
    t.diagnostic(`median of 60: hidden-only word ${h.toFixed(2)} ms, absent word ${a.toFixed(2)} ms`);
    assert.ok(h <= a * 1.25 + 0.5, `hidden-only word ${h.toFixed(2)} ms, absent word ${a.toFixed(2)} ms`);
  });

  test("screening an article names only the people a role may see: a canary the article names is unknown below its level", async () => {
    const text = "Ok Myong-sil, a third secretary, was detained in May 2021. Hyon Tae-gyom, a trade official, defected in 2020. " +
      "Pyon Chol-ung, a deputy ambassador, defected to South Korea in April 2019. Pak Chol-min, a counsellor, defected in 2019.";
    const expected: Record<Role, string[]> = { viewer: ["Pak Chol-min"], analyst: ["Ok Myong-sil", "Pak Chol-min"], admin: ["Ok Myong-sil", "Hyon Tae-gyom", "Pyon Chol-ung", "Pak Chol-min"] };
    for (const role of ["viewer", "analyst", "admin"] as const) {
      const res = await app.request("/api/screen", { method: "POST", body: JSON.stringify({ text, published: "2021-06-01" }), headers: { authorization: `Bearer ${tokens[role]}`, "content-type": "application/json" } });
      assert.equal(res.status, 200, role);
      const body = await res.json() as { people: { name: string; known: { name: string } | null }[] };
      assert.deepEqual(body.people.filter((p) => p.known).map((p) => p.name), expected[role], role);
      const names = JSON.stringify(body.people.map((p) => p.known?.name ?? null));
      for (const [what, canary] of Object.entries(CANARIES)) {
        if (RANK[ROLES_CLEARED[role]] >= RANK[canary.level]) continue;
        for (const word of canary.words) assert.equal(count(names, word), 0, `${role} was told the knowledge base knows "${word}" (${what})`);
      }
    }
  });

  test("alerts: the inbox, every watchlist's Atom feed (by session and by token) and every webhook payload hold no canary above the owner's clearance", async () => {
    const leaks: string[] = [];
    const check = (role: Role, where: string, text: string) => {
      for (const [what, canary] of Object.entries(CANARIES)) {
        for (const word of canary.words) if (count(text, word) && RANK[ROLES_CLEARED[role]] < RANK[canary.level]) leaks.push(`${role} saw "${word}" (${what}) in ${where}`);
      }
    };
    let entries = 0;
    for (const w of watchlists) {
      const res = await app.request(`/watchlists/${w.id}/atom?token=${w.feedToken}`);
      assert.equal(res.status, 200);
      const text = await res.text();
      entries += text.split("<entry>").length - 1;
      check(w.role, `the Atom feed of watchlist ${w.id} (token)`, text);
      assert.equal((await app.request(`/watchlists/${w.id}/atom?token=wrong`)).status, 401);
    }
    for (const role of ["viewer", "analyst", "admin"] as const) check(role, "/inbox", (await getAs(role, "/inbox")).text);
    for (const p of posted) check(watchlists.find((w) => w.id === p.watchlistId)!.role, `a webhook payload for watchlist ${p.watchlistId}`, p.body);
    assert.deepEqual(leaks, []);
    assert.ok(entries > 3 && posted.length > 3, `${entries} feed entries, ${posted.length} webhook payloads`);
    // the alerts do show a cleared owner what they may see
    const admin = watchlists.filter((w) => w.role === "admin");
    const adminFeeds = (await Promise.all(admin.map(async (w) => (await app.request(`/watchlists/${w.id}/atom?token=${w.feedToken}`)).text()))).join("");
    assert.match(adminFeeds, /Hyon Tae-gyom/);
    assert.equal(posted.filter((p) => watchlists.find((w) => w.id === p.watchlistId)!.role === "viewer" && /Hyon|Myong-sil|Pyon/.test(p.body)).length, 0);
    assert.ok(!watchlists.some((w) => w.role === "viewer" && posted.some((p) => p.watchlistId === w.id && /Pyon Chol-ung/.test(p.body))));
  });

  test("below its level a protected person is their pseudonym, with the rest of the public record intact", async () => {
    const people = JSON.parse((await getAs("viewer", "/api/people?limit=500")).text).items as { name: string }[];
    const names = people.map((p) => p.name);
    assert.ok(names.includes("Defector #7"), names.join(", "));
    assert.ok(names.includes("Pak Chol-min") && names.includes("Ri Sun-hui"), names.join(", "));
    const { id } = await store.db.selectFrom("documents").select("id").where("url", "=", "https://paper.example/pyon-chol-ung-defects").executeTakeFirstOrThrow();
    const doc = (await getAs("viewer", `/documents/${id}`)).text;
    assert.match(doc, /█{4,}/, "the name is masked in the text");
    assert.match(doc, /Ri Sun-hui/, "the rest of the text stays");
  });

  test("the command line's export takes a level: a public export holds no canary", async () => {
    const out = join(kb.dir, "public-export.json");
    const r = await runCli(["export", "--db", kb.location, "--format", "json", "--level", "public", "--out", out]);
    assert.equal(r.code, 0, r.err);
    const text = readFileSync(out, "utf8");
    for (const canary of Object.values(CANARIES)) for (const word of canary.words) assert.equal(count(text, word), 0, word);
    assert.match(text, /Defector #7/);
  });
});
