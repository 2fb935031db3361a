import { test } from "node:test";
import assert from "node:assert/strict";
import { apiRoutes } from "./api-routes.js";
import type { Store } from "../store/open-store.js";
import { openApiPath } from "./openapi.js";
import { API_ROUTES } from "./route-table.js";

const METHODS = new Set(["get", "post", "put", "patch", "delete"]);

/** What the router answers, as "GET /people/{id}": read from Hono, not from the route table. */
function registered(): Set<string> {
  const app = apiRoutes({} as Store);
  return new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${openApiPath(r.path)}`));
}

async function openApi(): Promise<any> {
  const res = await apiRoutes({} as Store).request("/openapi.json");
  assert.equal(res.status, 200);
  return res.json();
}

function documented(doc: any): Set<string> {
  const found = new Set<string>();
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const method of Object.keys(item)) if (METHODS.has(method)) found.add(`${method.toUpperCase()} ${path}`);
  }
  return found;
}

test("every route the router answers is in the OpenAPI document, and every documented route is answered", async () => {
  const [routes, doc] = [registered(), documented(await openApi())];
  assert.deepEqual([...routes].sort(), [...doc].sort());
  assert.ok(routes.has("GET /people/{id}") && routes.has("POST /judgements/undo") && routes.has("GET /openapi.json"));
  assert.equal(routes.size, API_ROUTES.length);
});

test("the document is OpenAPI 3.0 with parameters, bodies, responses and unique operation ids", async () => {
  const doc = await openApi();
  assert.equal(doc.openapi, "3.0.3");
  assert.deepEqual(doc.servers, [{ url: "/api" }]);
  const ops = Object.values<any>(doc.paths).flatMap((item) => Object.values<any>(item));
  assert.equal(new Set(ops.map((o) => o.operationId)).size, ops.length);
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const op of Object.values<any>(item)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      assert.deepEqual(op.parameters.filter((p: any) => p.in === "path").map((p: any) => p.name), inPath, `${path} declares its path parameters`);
      assert.ok(op.responses.default.$ref, `${path} documents its errors`);
      assert.ok(Object.keys(op.responses).some((s) => /^20\d$/.test(s)), `${path} documents its answer`);
    }
  }
});

test("the document describes query parameters, the judgement body and the export media types", async () => {
  const doc = await openApi();
  const people = doc.paths["/people"].get;
  const limit = people.parameters.find((p: any) => p.name === "limit");
  assert.deepEqual(limit.schema, { type: "integer", minimum: 1, maximum: 500, default: 50 });
  assert.deepEqual(people.parameters.find((p: any) => p.name === "sort").schema.enum, ["name", "rank", "date", "sources"]);
  assert.deepEqual(people.responses["200"].content["application/json"].schema.required, ["items", "total", "limit", "offset"]);
  const search = doc.paths["/search"].get.parameters;
  assert.deepEqual(search.map((p: any) => [p.name, p.required]), [["q", true]]);
  const body = doc.paths["/judgements"].post.requestBody.content["application/json"].schema;
  assert.deepEqual(body.required, ["left", "right", "verdict"]);
  assert.deepEqual(body.properties.verdict.enum, ["same", "not_same"]);
  assert.ok(doc.paths["/judgements"].post.responses["201"]);
  assert.deepEqual(Object.keys(doc.paths["/export"].get.responses["200"].content).map((t) => t.split(";")[0]), ["application/x-ndjson", "text/csv", "application/json"]);
  assert.deepEqual(doc.components.schemas.Error.required, ["error"]);
});
