import { test } from "node:test";
import assert from "node:assert/strict";
import { Hono } from "hono";
import { openStore } from "../store/open-store.js";
import { apiRoutes } from "./api-routes.js";
import { MAX_BODY_BYTES } from "./validate-input.js";
import { call, post, useApiKb } from "../../test/support/http/api-kb.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useApiKb(dialect);

  async function fails(path: string, status: number, code: string, init?: RequestInit): Promise<string> {
    const { status: got, body, res } = await call(kb.app, path, init);
    assert.equal(got, status, `${path}: ${JSON.stringify(body)}`);
    assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
    assert.deepEqual(Object.keys(body), ["error"]);
    assert.equal(body.error.code, code);
    return body.error.message;
  }

  test("a query that fails validation is 400 usage, saying which field", async () => {
    assert.match(await fails("/api/people?limit=501", 400, "usage"), /query limit: .*500/);
    assert.match(await fails("/api/people?limit=0", 400, "usage"), /query limit/);
    assert.match(await fails("/api/people?limit=ten", 400, "usage"), /query limit: Expected number/);
    assert.match(await fails("/api/people?offset=-1", 400, "usage"), /query offset/);
    assert.match(await fails("/api/people?sort=age", 400, "usage"), /query sort: .*'name' \| 'rank' \| 'date' \| 'sources'/);
    assert.match(await fails("/api/people?colour=red", 400, "usage"), /Unrecognized key.*'colour'/);
    assert.match(await fails("/api/stats?verbose=1", 400, "usage"), /'verbose'/);
    assert.match(await fails("/api/timeline?from=2020&to=2019", 400, "usage"), /query from: from must not be after to/);
    assert.match(await fails("/api/timeline?from=MMXX", 400, "usage"), /query from/);
    assert.match(await fails("/api/search", 400, "usage"), /query q: Required/);
    assert.match(await fails("/api/search?q=%20%20", 400, "usage"), /query q/);
    assert.match(await fails("/api/export", 400, "usage"), /query format/);
    assert.match(await fails("/api/export?format=xml", 400, "usage"), /query format/);
  });

  test("a path id that is not a number is 400 usage; an unknown id is 404 entity_not_found", async () => {
    assert.match(await fails("/api/people/pak", 400, "usage"), /path id/);
    assert.match(await fails("/api/documents/1.5", 400, "usage"), /path id/);
    await fails("/api/people/9999", 404, "entity_not_found");
    await fails("/api/documents/9999", 404, "entity_not_found");
    await fails("/api/events?person=Nobody%20Atall", 404, "entity_not_found");
  });

  test("an unknown route or method under /api is 404 not_found", async () => {
    assert.match(await fails("/api/nothing-here", 404, "not_found"), /GET \/api\/nothing-here/);
    await fails("/api", 404, "not_found");
    await fails("/api/people/1/friends", 404, "not_found");
    await fails("/api/people", 404, "not_found", { method: "DELETE" });
    await fails("/api/judgements/undo", 404, "not_found");
  });

  test("a body that fails validation is 400 usage", async () => {
    const bad = async (body: unknown, pattern: RegExp) => {
      const { status, body: answer } = await post(kb.app, "/api/judgements", body);
      assert.deepEqual([status, answer.error.code], [400, "usage"]);
      assert.match(answer.error.message, pattern);
    };
    await bad({ left: 1, right: 2 }, /body verdict: Required/);
    await bad({ left: 1, right: 2, verdict: "maybe" }, /body verdict/);
    await bad({ left: "1", right: 2, verdict: "same" }, /body left: Expected number/);
    await bad({ left: 1, right: 2, verdict: "same", admin: true }, /'admin'/);
    await bad([1, 2], /body: Expected object/);
    await bad({ left: 1, right: 1, verdict: "same" }, /cannot be judged against itself/);
    const undo = await post(kb.app, "/api/judgements/undo", { id: 0 });
    assert.deepEqual([undo.status, undo.body.error.code], [400, "usage"]);
  });

  test("a body must be JSON, say so, and be small", async () => {
    const send = (body: string, type?: string) => call(kb.app, "/api/judgements", { method: "POST", body, headers: type ? { "Content-Type": type } : {} });
    const notJson = await send("{left: 1", "application/json");
    assert.deepEqual([notJson.status, notJson.body.error.code, notJson.body.error.message], [400, "usage", "the body is not valid JSON"]);
    const form = await send(JSON.stringify({ left: 1, right: 4, verdict: "same" }), "text/plain");
    assert.deepEqual([form.status, form.body.error.code], [400, "usage"], "a cross-site form cannot judge");
    assert.match(form.body.error.message, /Content-Type: application\/json/);
    const big = await send(JSON.stringify({ left: 1, right: 4, verdict: "same", why: "x".repeat(MAX_BODY_BYTES) }), "application/json");
    assert.deepEqual([big.status, big.body.error.code], [413, "document_too_large"]);
    assert.equal((await call(kb.app, "/api/judgements")).body.items.every((j: any) => j.by === "resolver@1"), true, "nothing was judged");
  });

  test("an unexpected failure is 500 internal, without a stack or the cause's message, and is reported", async () => {
    const store = await openStore(kb.location);
    await store.close();
    const reported: unknown[] = [];
    const app = new Hono().route("/api", apiRoutes(store, { report: (err) => reported.push(err) }));
    const res = await app.request("/api/stats");
    assert.equal(res.status, 500);
    const body = await res.json();
    assert.deepEqual(body, { error: { code: "internal", message: "an unexpected failure" } });
    assert.equal(reported.length, 1);
    assert.ok(reported[0] instanceof Error);
  });
});
