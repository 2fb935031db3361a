import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Hono } from "hono";
import { buildApiKb } from "../../test/support/http/api-kb.js";
import { AuditTrail } from "../services/access/audit-trail.js";
import { hashPassword, verifyPassword } from "../services/administration/passwords.js";
import { MAX_FAILURES } from "../services/administration/users.js";
import { openStore, type Store } from "../store/open-store.js";
import { forEachDatabase, type EmptyLocation } from "../../test/support/store/test-databases.js";
import { changeAuditLog } from "../../test/support/store/test-audit-log.js";
import { createApp } from "./create-app.js";
import { runCli } from "../../test/support/cli/run-cli.js";

forEachDatabase((dialect) => {
  let kb: EmptyLocation;
  let store: Store;
  let audit: AuditTrail;
  let app: Hono;
  const PASSWORD = "correct horse battery";

  before(async () => {
    kb = await buildApiKb(dialect);
    for (const [name, role] of [["vera", "viewer"], ["anna", "analyst"], ["ada", "admin"]]) {
      const r = await runCli(["user", "add", name, "--role", role, "--db", kb.location], `${PASSWORD}\n`);
      assert.equal(r.code, 0, r.err);
    }
    store = await openStore(kb.location);
    audit = await AuditTrail.open(kb.location);
    app = createApp(store, { auth: true, audit });
  });

  after(async () => {
    await audit.close();
    await store.close();
    await kb.remove();
  });

  const ORIGIN = "http://localhost";
  const form = (fields: Record<string, string>, cookie?: string) => ({
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, ...(cookie ? { cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });

  /** Signs in through the login form; the session cookie ("dossier_session=…") and the CSRF token of its pages. */
  async function signIn(name: string, address = "10.0.0.1"): Promise<{ cookie: string; csrf: string }> {
    const res = await app.request(`${ORIGIN}/login`, form({ name, password: PASSWORD, next: "/review" }), { incoming: { socket: { remoteAddress: address } } });
    assert.equal(res.status, 303, await res.text());
    const setCookie = res.headers.get("set-cookie") ?? "";
    const cookie = setCookie.split(";")[0];
    const page = await (await app.request(`${ORIGIN}/review`, { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
    assert.ok(csrf, "the page's forms carry the CSRF token");
    return { cookie, csrf };
  }

  test("without a session or token: pages lead to the login page, the API answers 401, /login and /assets stay open", async () => {
    const page = await app.request(`${ORIGIN}/people/1`);
    assert.equal(page.status, 303);
    assert.equal(page.headers.get("location"), "/login?next=%2Fpeople%2F1");
    const api = await app.request(`${ORIGIN}/api/stats`);
    assert.equal(api.status, 401);
    assert.equal((await api.json()).error.code, "unauthorized");
    assert.equal((await app.request(`${ORIGIN}/login`)).status, 200);
    assert.equal((await app.request(`${ORIGIN}/assets/style.css`)).status, 200);
    assert.equal((await app.request(`${ORIGIN}/api/stats`, { headers: { authorization: "Bearer dossier_forged" } })).status, 401);
  });

  test("signing in sets an HttpOnly, SameSite=Strict cookie; wrong passwords are refused alike, and rate limited per name and address", async () => {
    const ok = await app.request(`${ORIGIN}/login`, form({ name: "vera", password: PASSWORD, next: "/" }), { incoming: { socket: { remoteAddress: "10.0.0.2" } } });
    assert.equal(ok.status, 303);
    assert.match(ok.headers.get("set-cookie") ?? "", /^dossier_session=[\w-]{40,}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
    const attempt = (name: string, password: string) =>
      app.request(`${ORIGIN}/login`, form({ name, password, next: "/" }), { incoming: { socket: { remoteAddress: "10.9.9.9" } } });
    const unknown = await attempt("nobody", "whatever it is");
    assert.equal(unknown.status, 401);
    assert.match(await unknown.text(), /wrong user name or password/);
    for (let i = 0; i < MAX_FAILURES; i++) assert.equal((await attempt("vera", "not the password")).status, 401);
    const locked = await attempt("vera", PASSWORD);
    assert.equal(locked.status, 429, "the right password does not help once the limit is reached");
    assert.match(await locked.text(), /too many failed sign-ins/);
    const elsewhere = await app.request(`${ORIGIN}/login`, form({ name: "vera", password: PASSWORD, next: "/" }), { incoming: { socket: { remoteAddress: "10.0.0.3" } } });
    assert.equal(elsewhere.status, 303, "another address is not locked out");
  });

  test("a form POST of a session needs the session's CSRF token; a viewer may not judge, an analyst may, under their own name", async () => {
    const analyst = await signIn("anna");
    const judge = { left: "1", right: "2", verdict: "not_same", back: "/review" };
    const forged = await app.request(`${ORIGIN}/review/judge`, form(judge, analyst.cookie));
    assert.equal(forged.status, 403, "no token");
    assert.equal((await app.request(`${ORIGIN}/review/judge`, form({ ...judge, csrf: "guess" }, analyst.cookie))).status, 403, "a wrong token");
    const done = await app.request(`${ORIGIN}/review/judge`, form({ ...judge, csrf: analyst.csrf }, analyst.cookie));
    assert.equal(done.status, 303);
    const log = await (await app.request(`${ORIGIN}/api/judgements?limit=1`, { headers: { cookie: analyst.cookie } })).json();
    assert.equal(log.items[0].by, "anna");
    const undo = await app.request(`${ORIGIN}/review/undo`, form({ csrf: analyst.csrf, id: String(log.items[0].id), back: "/review" }, analyst.cookie));
    assert.equal(undo.status, 303);

    const viewer = await signIn("vera", "10.0.0.4");
    const refused = await app.request(`${ORIGIN}/review/judge`, form({ ...judge, csrf: viewer.csrf }, viewer.cookie));
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /only analysts and admins may judge/);
    const api = await app.request(`${ORIGIN}/api/judgements`, {
      method: "POST", headers: { cookie: viewer.cookie, "x-csrf-token": viewer.csrf, "content-type": "application/json" }, body: JSON.stringify({ left: 1, right: 2, verdict: "same" }),
    });
    assert.equal(api.status, 403);
  });

  test("API tokens: created once, read as their user's role, stopped by revoke and by disabling the user", async () => {
    const created = await runCli(["token", "create", "anna", "--db", kb.location]);
    assert.equal(created.code, 0, created.err);
    const token = created.out.trim();
    assert.match(token, /^dossier_[\w-]{43}$/);
    const auth = { authorization: `Bearer ${token}` };
    assert.equal((await app.request(`${ORIGIN}/api/stats`, { headers: auth })).status, 200);
    const judged = await app.request(`${ORIGIN}/api/judgements`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ left: 1, right: 2, verdict: "not_same" }) });
    assert.equal(judged.status, 201, "a token needs no CSRF token: no cookie is involved");
    const id = ((await judged.json()) as { id: number }).id;
    assert.equal((await app.request(`${ORIGIN}/api/judgements/undo`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ id }) })).status, 201);
    assert.equal((await runCli(["token", "revoke", "anna", "--db", kb.location])).code, 0);
    assert.equal((await app.request(`${ORIGIN}/api/stats`, { headers: auth })).status, 401);

    const session = await signIn("ada", "10.0.0.5");
    assert.equal((await app.request(`${ORIGIN}/audit`, { headers: { cookie: session.cookie } })).status, 200);
    assert.equal((await runCli(["user", "disable", "ada", "--db", kb.location])).code, 0);
    assert.equal((await app.request(`${ORIGIN}/audit`, { headers: { cookie: session.cookie } })).status, 303, "a disabled user's session is over");
  });

  test("the audit log records who viewed and changed what, only admins read it, and it cannot be changed", async () => {
    const analyst = await signIn("anna", "10.0.0.6");
    await app.request(`${ORIGIN}/people/1`, { headers: { cookie: analyst.cookie } });
    await app.request(`${ORIGIN}/api/export?format=json`, { headers: { cookie: analyst.cookie } });
    assert.equal((await app.request(`${ORIGIN}/audit`, { headers: { cookie: analyst.cookie } })).status, 403);
    const entries = await audit.read({ user: "anna" });
    const actions = entries.map((e) => `${e.action} ${e.target}`);
    assert.ok(actions.includes("view /people/1"), actions.join("; "));
    assert.ok(actions.includes("export /api/export?format=json"), actions.join("; "));
    assert.ok(actions.some((a) => a.startsWith("sign-in ")));
    const cli = await runCli(["audit", "--db", kb.location, "--user", "anna", "--json"]);
    assert.equal(cli.code, 0, cli.err);
    assert.ok(JSON.parse(cli.out).some((e: { target: string }) => e.target === "/people/1"));
    await assert.rejects(changeAuditLog(store, "UPDATE audit SET \"user\" = 'someone else'"), /append-only/);
    await assert.rejects(changeAuditLog(store, "DELETE FROM audit"), /append-only/);
  });

  test("passwords: scrypt hashes that verify only the right password; user add refuses short passwords and unknown roles", async () => {
    const hash = await hashPassword("a password of length");
    assert.match(hash, /^scrypt\$32768\$8\$1\$[\w+/=]{24}\$[\w+/=]{44}$/);
    assert.equal(await verifyPassword("a password of length", hash), true);
    assert.equal(await verifyPassword("a password of lengtH", hash), false);
    assert.equal(await verifyPassword("a password of length", "plain"), false);
    assert.notEqual(await hashPassword("same"), await hashPassword("same"), "salted");
    assert.equal((await runCli(["user", "add", "shorty", "--role", "viewer", "--db", kb.location], "short\n")).code, 2);
    assert.equal((await runCli(["user", "add", "rolf", "--role", "king", "--db", kb.location], `${PASSWORD}\n`)).code, 2);
    assert.equal((await runCli(["user", "add", "vera", "--role", "viewer", "--db", kb.location], `${PASSWORD}\n`)).code, 2, "names are unique");
  });

  test("protect and level on the command line change what a viewer sees", async () => {
    const other = await buildApiKb(dialect);
    const copy = other.location;
    const protect = await runCli(["protect", "Ri Sun-hui", "--level", "restricted", "--pseudonym", "Source R", "--db", copy]);
    assert.equal(protect.code, 0, protect.err);
    assert.equal((await runCli(["protect", "Ri Sun-hui", "--level", "public", "--pseudonym", "X", "--db", copy])).code, 2);
    assert.equal((await runCli(["level", "document", "4", "confidential", "--db", copy])).code, 0);
    assert.equal((await runCli(["level", "document", "99", "confidential", "--db", copy])).code, 3);
    const levels = await openStore(copy);
    try {
      const viewer = await levels.reader("public");
      const names = (await viewer.db.selectFrom("doc_people").select("name").execute()).map((r) => r.name);
      assert.ok(names.includes("Source R") && !names.includes("Ri Sun-hui"), names.join(", "));
      assert.ok(!names.includes("Sergei Volkonsky"), "document 4 is confidential now");
      const analyst = await levels.reader("restricted");
      assert.ok((await analyst.db.selectFrom("doc_people").select("name").execute()).some((r) => r.name === "Ri Sun-hui"));
    } finally {
      await levels.close();
    }
    assert.equal((await runCli(["protect", "Ri Sun-hui", "--remove", "--db", copy])).code, 0);
    await other.remove();
  });

  test("admins set a document's level and protect a person from the pages; an analyst may not", async () => {
    const admin = await signIn("ada2", "10.0.0.7").catch(() => undefined);
    assert.equal(admin, undefined, "ada2 does not exist yet");
    assert.equal((await runCli(["user", "add", "ada2", "--role", "admin", "--db", kb.location], `${PASSWORD}\n`)).code, 0);
    const session = await signIn("ada2", "10.0.0.8");
    const page = await (await app.request(`${ORIGIN}/documents/5`, { headers: { cookie: session.cookie } })).text();
    assert.match(page, /action="\/admin\/level"/);
    const set = await app.request(`${ORIGIN}/admin/level`, form({ document: "5", level: "restricted", csrf: session.csrf }, session.cookie));
    assert.equal(set.status, 303);
    assert.equal((await store.db.selectFrom("documents").select("level").where("id", "=", 5).executeTakeFirstOrThrow()).level, "restricted");
    const protect = await app.request(`${ORIGIN}/admin/protect`, form({ person: "1", level: "confidential", pseudonym: "Source P", csrf: session.csrf }, session.cookie));
    assert.equal(protect.status, 303);
    assert.equal((await store.db.selectFrom("protections").select("pseudonym").executeTakeFirstOrThrow()).pseudonym, "Source P");
    const analyst = await signIn("anna", "10.0.0.9");
    assert.doesNotMatch(await (await app.request(`${ORIGIN}/documents/5`, { headers: { cookie: analyst.cookie } })).text(), /\/admin\/level/);
    assert.equal((await app.request(`${ORIGIN}/admin/level`, form({ document: "5", level: "public", csrf: analyst.csrf }, analyst.cookie))).status, 403);
    await app.request(`${ORIGIN}/admin/protect`, form({ person: "1", remove: "1", csrf: session.csrf }, session.cookie));
    await app.request(`${ORIGIN}/admin/level`, form({ document: "5", level: "public", csrf: session.csrf }, session.cookie));
  });
});
