import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { API_ROUTES } from "../http/route-table.js";
import { AuditTrail } from "../services/access/audit-trail.js";
import { setLevel } from "../services/access/protect-records.js";
import { checkConsistency } from "../store/queries/check-consistency.js";
import { up as stripCredentials } from "../store/migrations/032-urls-without-credentials.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";
import { createApp } from "./create-app.js";
import { runCli } from "../../test/support/cli/run-cli.js";
import { PASSWORD, rolesKb, type RolesKb } from "../../test/support/cli/roles-kb.js";

/**
 * The smaller findings of issue 13 (finding 10), each a test named after
 * what broke: CSV cells starting with "=", a merged person taking a hidden
 * row's id, offset=1e20, credentials in an ingested URL, server file paths
 * in `source`, no Secure cookie behind a TLS proxy. (The URL fetch cut by
 * its deadline and the address classes are tested in ingest/fetch/, the
 * malformed multipart body in request-bodies.test.ts.)
 */
const SECRET_FIRST = { name: "a-secret.json", level: "confidential" as const, record: {
  title: "Source", published: "2020-01-01", text: "Kim Yong-chol, a general, was dismissed in December 2019." } };
const PUBLIC_LATER = { name: "b-public.json", level: "public" as const, record: {
  title: "General dismissed", url: "https://reader:s3cret-pass@paper.example/general", published: "2020-01-05",
  text: "Kim Yong-chol, a general, was dismissed in December 2019, officials said." } };
const FORMULA = { name: "c-formula.json", level: "public" as const, record: {
  title: "=HYPERLINK(\"http://evil.example\",\"click\")", published: "2020-02-02",
  text: "=HYPERLINK(\"http://evil.example\") Maria Kowalczyk, a consul, defected in Oslo in 2019, officials said." } };

forEachDatabase((dialect) => {
  let kb: RolesKb;
  before(async () => {
    kb = await rolesKb(dialect, [SECRET_FIRST], "dossier-smaller-");
    await kb.ingest([PUBLIC_LATER, FORMULA]);
  });
  after(async () => kb.close());

  const json = async (role: "viewer" | "analyst" | "admin", path: string) => {
    const { status, text } = await kb.get(role, path);
    assert.equal(status, 200, `${path}: ${text.slice(0, 200)}`);
    return JSON.parse(text);
  };

  test("csv cells a spreadsheet would run as formulas are neutralised in the export (titles, names, quotes)", async () => {
    for (const role of ["viewer", "admin"] as const) {
      const csv = (await kb.get(role, "/api/export?format=csv")).text;
      assert.match(csv, /HYPERLINK/, "the export holds the text");
      const cells = csv.split(/\r\n/).flatMap((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)).map((c) => c.replace(/^"|"$/g, ""));
      assert.deepEqual(cells.filter((c) => /^[=+@\t\r]/.test(c)), [], role);
    }
  });

  test("a merged person and event are named by a row every reader of them sees, never by a hidden row's smaller id", async () => {
    const visibleRows = new Set((await json("viewer", "/api/documents?limit=500")).items.flatMap((d: { id: number }) => [d.id]));
    const people = (await json("viewer", "/api/people?limit=500")).items as { id: number; name: string }[];
    const kim = people.find((p) => p.name === "Kim Yong-chol");
    assert.ok(kim, "a viewer sees Kim Yong-chol");
    const row = await kb.store.db.selectFrom("doc_people").select(["id", "document_id"]).where("id", "=", kim.id).executeTakeFirstOrThrow();
    assert.ok(visibleRows.has(row.document_id), `person ${kim.id} is named by a row of a document the viewer sees`);
    const secret = await kb.store.db.selectFrom("doc_people as p").innerJoin("documents as d", "d.id", "p.document_id").select(["p.id", "p.person_id"])
      .where("d.level", "=", "confidential").where("p.name", "=", "Kim Yong-chol").executeTakeFirstOrThrow();
    assert.ok(secret.id < kim.id && secret.person_id === kim.id, "the confidential row is older, and of the same person");
    for (const e of (await json("viewer", "/api/events?limit=500")).items as { id: number }[]) {
      const level = await kb.store.db.selectFrom("doc_events").select("level").where("id", "=", e.id).executeTakeFirstOrThrow();
      assert.equal(level.level, "public", `event ${e.id} is named by a public row`);
    }
    // a level that changes which row is least secret renames the person, and the knowledge base stays consistent
    const secretDoc = (await kb.store.db.selectFrom("doc_people").select("document_id").where("id", "=", secret.id).executeTakeFirstOrThrow()).document_id;
    await setLevel(kb.store.db, "document", secretDoc, "public");
    const now = await kb.store.db.selectFrom("doc_people").select("person_id").where("id", "=", secret.id).executeTakeFirstOrThrow();
    assert.equal(now.person_id, secret.id, "both public now: the smallest names the person");
    assert.deepEqual((await checkConsistency(kb.store.db)).problems, []);
    await setLevel(kb.store.db, "document", secretDoc, "confidential");
    assert.equal((await kb.store.db.selectFrom("doc_people").select("person_id").where("id", "=", secret.id).executeTakeFirstOrThrow()).person_id, kim.id);
    assert.deepEqual((await checkConsistency(kb.store.db)).problems, []);
  });

  test("offset=1e20 and an id of 1e20 are an empty page and not found, never 500", async () => {
    const failures: string[] = [];
    for (const route of API_ROUTES.filter((r) => r.method === "get")) {
      const path = `/api${route.path.replace(":id", "100000000000000000000")}`;
      const paths = route.path.includes(":id") ? [path] : [`${path}?offset=1e20`, `${path}?offset=100000000000000000000`];
      for (const p of paths) {
        const { status } = await kb.get("admin", p);
        if (status >= 500) failures.push(`${p}: ${status}`);
      }
    }
    for (const p of ["/people?page=1e20", "/timeline?page=1e20", "/audit?page=1e20", "/people/100000000000000000000", "/documents/1e20"]) {
      const { status } = await kb.get("admin", p);
      if (status >= 500) failures.push(`${p}: ${status}`);
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(JSON.parse((await kb.get("admin", "/api/people?offset=1e20")).text).items, [], "past the end: an empty page");
    assert.equal((await kb.get("admin", "/api/people/100000000000000000000")).status, 404);
  });

  test("credentials in an ingested URL are neither stored nor shown; stored ones are dropped by migration 032", async () => {
    const stored = await kb.store.db.selectFrom("documents").select(["source", "url"]).execute();
    assert.ok(stored.every((d) => !`${d.source} ${d.url}`.includes("s3cret")), JSON.stringify(stored));
    assert.ok(stored.some((d) => d.url === "https://paper.example/general"));
    for (const role of ["viewer", "admin"] as const) assert.doesNotMatch((await kb.get(role, "/api/documents?limit=500")).text, /s3cret|reader:/);
    const id = (await kb.store.db.selectFrom("documents").select("id").where("url", "=", "https://paper.example/general").executeTakeFirstOrThrow()).id;
    await kb.store.db.updateTable("documents").set({ url: "https://old:hunter2@paper.example/general", source: "https://old:hunter2@paper.example/general" }).where("id", "=", id).execute();
    await stripCredentials(kb.store.db);
    const after = await kb.store.db.selectFrom("documents").select(["source", "url"]).where("id", "=", id).executeTakeFirstOrThrow();
    assert.deepEqual(after, { source: "https://paper.example/general", url: "https://paper.example/general" });
  });

  test("readers below confidential see a file's name as its source, not the server's path", async () => {
    const paths = (await kb.store.db.selectFrom("documents").select("source").execute()).map((d) => d.source).filter((s) => s.startsWith("/"));
    assert.ok(paths.length > 0 && paths.every((p) => p.startsWith(kb.kb.dir)), "ingested files are stored with their path");
    for (const role of ["viewer", "analyst"] as const) {
      for (const path of ["/api/documents?limit=500", "/documents", "/api/export?format=json", "/api/export?format=statements", "/api/export?format=ftm"]) {
        const { text } = await kb.get(role, path);
        assert.ok(!text.includes(kb.kb.dir), `${role} sees the server's path at ${path}`);
      }
      assert.match((await kb.get(role, "/api/documents?limit=500")).text, /"c-formula\.json"/);
    }
    assert.ok((await kb.get("admin", "/api/documents?limit=500")).text.includes(kb.kb.dir), "an admin reads the whole record");
  });

  test("behind a TLS-terminating proxy (--trust-proxy) the session cookie is Secure and sign-ins count by the forwarded address; without it both headers are ignored", async () => {
    const audit = await AuditTrail.open(kb.kb.location);
    try {
      const login = (app: ReturnType<typeof createApp>, password: string, forwarded: string, name = "viewer") => app.request("http://localhost/login", {
        method: "POST", body: new URLSearchParams({ name, password, next: "/" }).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost", "x-forwarded-proto": "https", "x-forwarded-for": forwarded },
      }, { incoming: { socket: { remoteAddress: "10.20.0.1" } } });
      const proxied = createApp(kb.store, { auth: true, audit, trustProxy: true });
      const plain = createApp(kb.store, { auth: true, audit });
      assert.match((await login(proxied, PASSWORD, "203.0.113.7")).headers.get("set-cookie") ?? "", /; Secure/);
      assert.doesNotMatch((await login(plain, PASSWORD, "203.0.113.7")).headers.get("set-cookie") ?? "", /Secure/);
      // five failures from one forwarded address lock that address out, not another one behind the same proxy
      for (let i = 0; i < 5; i++) assert.equal((await login(proxied, "not the password", "198.51.100.1")).status, 401);
      assert.equal((await login(proxied, PASSWORD, "198.51.100.1")).status, 429);
      assert.equal((await login(proxied, PASSWORD, "198.51.100.2")).status, 303);
      // without trust, a forged header buys nothing: the socket's address counts
      for (let i = 0; i < 5; i++) assert.equal((await login(plain, "not the password", `192.0.2.${i}`, "analyst")).status, 401);
      assert.equal((await login(plain, PASSWORD, "192.0.2.99", "analyst")).status, 429);
    } finally {
      await audit.close();
    }
    const help = await runCli(["serve", "--help"]);
    assert.match(help.out, /--trust-proxy/);
  });
});
