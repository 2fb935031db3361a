import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { API_ROUTES } from "../http/route-table.js";
import { createToken } from "../services/administration/users.js";
import type { AuditEntry } from "../store/audit-log.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";
import { ANONYMOUS } from "./create-app.js";
import { rolesKb, type RolesKb } from "../../test/support/cli/roles-kb.js";

/**
 * Finding 8 of issue 13: the audit log misattributed and missed. An
 * unauthenticated request redirected to sign-in was logged as user `local`
 * with a target the caller chose; denied requests (401, 403, a viewer
 * probing hidden ids, a refused judgement) were not logged at all; the page
 * showed only the last 500 entries.
 */
const ARTICLES = [
  { name: "public.json", level: "public" as const, record: { title: "Diplomat defects", published: "2020-03-03",
    text: "Pak Chol-min, a counsellor at the embassy in Rome, defected in 2019." } },
  { name: "secret.json", level: "confidential" as const, record: { title: "Source", published: "2020-04-04",
    text: "Hyon Tae-gyom, a trade official in Bangkok, defected in January 2020." } },
];

forEachDatabase((dialect) => {
  let kb: RolesKb;
  let hidden: number;
  let visible: number;

  before(async () => {
    kb = await rolesKb(dialect, ARTICLES, "dossier-audit-");
    const id = async (name: string) => (await kb.store.db.selectFrom("doc_people").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
    [hidden, visible] = [await id("Hyon Tae-gyom"), await id("Pak Chol-min")];
  });
  after(async () => kb.close());

  const tokenOf = (name: string) => createToken(kb.store.db, name, "audit test");

  /** The entries written since `mark` entries were there, oldest first. */
  async function since(mark: number): Promise<AuditEntry[]> {
    const all = await kb.audit.read({ limit: 100_000 });
    return all.slice(0, all.length - mark).reverse();
  }
  const count = async () => (await kb.audit.read({ limit: 100_000 })).length;

  test("a request without sign-in is logged as anonymous and denied, never as the local owner", async () => {
    const mark = await count();
    const page = await kb.app.request("http://localhost/people/1?x=%0Aforged");
    assert.equal(page.status, 303);
    assert.equal((await kb.app.request("http://localhost/api/stats")).status, 401);
    assert.equal((await kb.app.request("http://localhost/api/stats", { headers: { authorization: "Bearer dossier_forged" } })).status, 401);
    const entries = await since(mark);
    assert.deepEqual(entries.map((e) => [e.user, e.action, e.detail]), [
      [ANONYMOUS, "denied", "GET 303 unauthorized"], [ANONYMOUS, "denied", "GET 401 unauthorized"], [ANONYMOUS, "denied", "GET 401 unauthorized"],
    ]);
    assert.ok(entries.every((e) => !e.target.includes("\n")), "a target is one line");
  });

  test("denied requests are logged under who made them: 403, a viewer probing a hidden id, a refused judgement", async () => {
    const mark = await count();
    assert.equal((await kb.get("viewer", "/audit")).status, 403);
    assert.equal((await kb.get("viewer", `/api/people/${hidden}`)).status, 404);
    assert.equal((await kb.get("viewer", `/people/${hidden}`)).status, 404);
    assert.equal((await kb.post("viewer", "/api/judgements", { left: visible, right: hidden, verdict: "same" })).status, 403);
    assert.equal((await kb.post("analyst", "/api/judgements", { left: visible, right: hidden, verdict: "same" })).status, 404);
    const entries = await since(mark);
    assert.deepEqual(entries.map((e) => [e.user, e.action, e.target, e.detail]), [
      ["viewer", "denied", "/audit", "GET 403 forbidden"],
      ["viewer", "denied", `/api/people/${hidden}`, "GET 404 entity_not_found"],
      ["viewer", "denied", `/people/${hidden}`, "GET 404 entity_not_found"],
      ["viewer", "denied", "/api/judgements", "POST 403 forbidden"],
      ["analyst", "denied", "/api/judgements", "POST 404 entity_not_found"],
    ]);
  });

  test("authorization at the route and at the record: every changing API route refuses a viewer before reading its input; a record the caller cannot see is not found", async () => {
    const changing = API_ROUTES.filter((r) => r.method === "post" && r.requires);
    assert.ok(changing.length >= 8, `${changing.length} routes change the knowledge base`);
    assert.deepEqual(API_ROUTES.filter((r) => r.method === "post" && !r.requires).map((r) => r.path), ["/screen"], "only screening, which stores nothing, is open to every role");
    const mark = await count();
    for (const route of changing) {
      const res = await kb.post("viewer", `/api${route.path.replace(":id", String(visible))}`, {});
      assert.equal(res.status, 403, route.path);
    }
    assert.equal((await since(mark)).filter((e) => e.action === "denied" && e.detail === "POST 403 forbidden").length, changing.length);
    assert.equal((await kb.post("analyst", `/api/people/${hidden}/posts`, { post: "envoy" })).status, 404);
  });

  test("input that fails validation is logged as invalid: a stray parameter, a body that is not JSON", async () => {
    const mark = await count();
    assert.equal((await kb.get("viewer", "/api/stats?x=1")).status, 400);
    const bad = await kb.app.request("http://localhost/api/judgements", { method: "POST", body: "{not json", headers: { authorization: `Bearer ${await tokenOf("analyst")}`, "content-type": "application/json" } });
    assert.equal(bad.status, 400);
    assert.deepEqual((await since(mark)).map((e) => [e.user, e.action, e.detail]), [["viewer", "invalid", "GET 400 usage"], ["analyst", "invalid", "POST 400 usage"]]);
  });

  test("the audit page pages through the whole log and filters by user, action and day", async () => {
    for (let i = 0; i < 230; i++) await kb.get("analyst", `/api/documents?offset=${i}`);
    const total = await count();
    assert.ok(total > 230);
    const rowsOf = (html: string) => [...html.matchAll(/<tr><td>/g)].length;
    const first = (await kb.get("admin", "/audit")).text;
    assert.equal(rowsOf(first), 100);
    assert.match(first, /href="\/audit\?page=2" rel="next">Older</);
    let seen = 0;
    for (let page = 1; ; page++) {
      const html = (await kb.get("admin", `/audit?page=${page}`)).text;
      seen += rowsOf(html);
      if (!html.includes('rel="next"')) break;
    }
    assert.ok(seen >= total, `the pages show every entry (${seen} of ${total})`);
    const denied = (await kb.get("admin", "/audit?action=denied")).text;
    assert.ok(rowsOf(denied) >= 8);
    assert.doesNotMatch(denied, /<td>view<\/td>/);
    const viewer = (await kb.get("admin", "/audit?user=viewer&action=denied")).text;
    assert.equal(rowsOf(viewer), (await kb.audit.read({ user: "viewer", action: "denied", limit: 1000 })).length);
    assert.ok(rowsOf(viewer) >= 4);
    assert.equal(rowsOf((await kb.get("admin", "/audit?since=2999-01-01")).text), 0);
  });
});
