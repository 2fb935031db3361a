import assert from "node:assert/strict";
import { api, type HostileCase, type HostileEnv, type Outcome } from "./hostile-case.js";

const get = (path: string) => (env: HostileEnv) => () => api(env, path);
const post = (path: string, body: string | Buffer, type = "application/json", headers: Record<string, string> = {}) => (env: HostileEnv) => () =>
  api(env, path, { method: "POST", headers: { "Content-Type": type, ...headers }, body: typeof body === "string" ? body : new Uint8Array(body) });
const q = encodeURIComponent;
const JUDGEMENT = '{"left":1,"right":2,"verdict":"same"}';

/** A search that ran and found nothing: the words were words, not syntax. */
const nothingFound = (o: Outcome) => { assert.equal(o.status, 200, o.body); assert.deepEqual(JSON.parse(o.body), { people: [], documents: [], person: null, events: [] }); };
const status = (expected: number) => (o: Outcome) => assert.equal(o.status, expected, o.body.slice(0, 200));

export const API_CASES: HostileCase[] = [
  { name: "API search: ' OR 1=1 --", input: get(`/api/search?q=${q("' OR 1=1 --")}`), expected: nothingFound },
  { name: "API search: \"; DROP TABLE", input: get(`/api/search?q=${q('"; DROP TABLE documents; --')}`), expected: nothingFound },
  { name: "API search: FTS5 NEAR(", input: get(`/api/search?q=${q("NEAR(a b")}`), expected: nothingFound },
  { name: "API search: FTS5 *", input: get("/api/search?q=*"), expected: nothingFound },
  { name: "API search: FTS5 ^ and column filter", input: get(`/api/search?q=${q("^title:x {text} -y")}`), expected: nothingFound },
  { name: "API search: a lone double quote", input: get(`/api/search?q=${q('"')}`), expected: nothingFound },
  { name: "API search: 10k-character query", input: get(`/api/search?q=${"a".repeat(10000)}`), expected: "usage" },
  {
    name: "API search: a NUL inside the words", input: get("/api/search?q=Pak%00Chol"),
    expected: (o, env) => { assert.equal(o.status, 200, o.body); assert.ok(JSON.parse(o.body).people.length > 0, "the two words still find Pak Chol-min"); assert.deepEqual(env.reported, []); },
  },
  { name: "API search: invalid percent-encoding", input: get("/api/search?q=%ff%fe%"), expected: nothingFound },
  { name: "API people filter of LIKE wildcards", input: get(`/api/people?q=${q("%_'\\")}`), expected: (o) => { assert.equal(o.status, 200); assert.deepEqual(JSON.parse(o.body).items, []); } },
  { name: "API person id not a number", input: get("/api/people/abc"), expected: "usage" },
  { name: "API person id negative", input: get("/api/people/-1"), expected: "usage" },
  { name: "API person id a fraction", input: get("/api/people/1.5"), expected: "usage" },
  { name: "API person id beyond any integer", input: get("/api/people/99999999999999999999999"), expected: "entity_not_found" },
  { name: "API document id not a number", input: get("/api/documents/1;DROP"), expected: "usage" },
  { name: "API limit negative", input: get("/api/people?limit=-1"), expected: "usage" },
  { name: "API limit huge", input: get("/api/people?limit=1000000000"), expected: "usage" },
  { name: "API limit not a number", input: get("/api/people?limit=Infinity"), expected: "usage" },
  { name: "API offset negative", input: get("/api/documents?offset=-5"), expected: "usage" },
  { name: "API offset huge", input: get("/api/documents?offset=99999999999999999999"), expected: (o) => { assert.equal(o.status, 200); assert.deepEqual(JSON.parse(o.body).items, []); } },
  { name: "API path traversal in a route parameter (..%2f..%2fetc)", input: get("/api/people/..%2f..%2fetc"), expected: "usage" },
  { name: "API path traversal as a route", input: get("/api/..%2f..%2fetc%2fpasswd"), expected: "not_found" },
  { name: "assets path traversal", input: get("/assets/..%2f..%2fpackage.json"), expected: (o) => { assert.equal(o.status, 404); assert.doesNotMatch(o.body, /"dependencies"/); } },
  { name: "API export format as a path", input: get("/api/export?format=../../etc/passwd"), expected: "usage" },
  { name: "API unknown query parameter", input: get("/api/people?unknown=1"), expected: "usage" },
  { name: "API query parameter __proto__", input: get("/api/people?__proto__=1"), expected: "usage" },
  { name: "API POST body over 64 KB", input: post("/api/judgements", "x".repeat(100000)), expected: "document_too_large" },
  { name: "API POST declaring a 1 GB body", input: post("/api/judgements", "{}", "application/json", { "Content-Length": "999999999" }), expected: "document_too_large" },
  { name: "API POST as text/plain", input: post("/api/judgements", JUDGEMENT, "text/plain"), expected: "usage" },
  { name: "API POST as a form (cross-site)", input: post("/api/judgements", "left=1&right=2&verdict=same", "application/x-www-form-urlencoded"), expected: "usage" },
  { name: "API POST malformed JSON", input: post("/api/judgements", '{"left":1,'), expected: "usage" },
  { name: "API POST JSON nested 10k levels", input: post("/api/judgements", "[".repeat(10000) + "]".repeat(10000)), expected: "usage" },
  { name: "API POST object nested 10k levels", input: post("/api/judgements", `${'{"a":'.repeat(10000)}1${"}".repeat(10000)}`), expected: "usage" },
  { name: "API POST bytes that are not UTF-8", input: post("/api/judgements", Buffer.from([0xff, 0xfe, 0x00, 0x7b])), expected: "usage" },
  {
    name: "API POST with __proto__ key", input: post("/api/judgements", '{"left":1,"right":2,"verdict":"same","__proto__":{"polluted":true}}'),
    expected: (o) => { assert.deepEqual(o.errors, ["usage"]); assert.equal(({} as any).polluted, undefined); },
  },
  { name: "API POST with constructor.prototype", input: post("/api/judgements", '{"left":1,"right":2,"verdict":"same","constructor":{"prototype":{"polluted":1}}}'), expected: "usage" },
  { name: "API POST with an unknown field", input: post("/api/judgements", '{"left":1,"right":2,"verdict":"same","admin":true}'), expected: "usage" },
  { name: "API POST with an id as a string", input: post("/api/judgements", '{"left":"1 OR 1=1","right":2,"verdict":"same"}'), expected: "usage" },
  { name: "API undo of a negative id", input: post("/api/judgements/undo", '{"id":-1}'), expected: "usage" },
  { name: "API unknown method (DELETE)", input: (env) => () => api(env, "/api/people", { method: "DELETE" }), expected: "not_found" },
  { name: "Host header of another site", input: get("http://evil.example/api/people"), expected: "forbidden" },
  { name: "Host header that starts like localhost", input: get("http://localhost.evil.example/api/stats"), expected: "forbidden" },
  {
    name: "markup in a person filter comes back escaped", input: get(`/api/events?person=${q("<img src=x onerror=alert(1)>")}`),
    expected: (o) => { assert.deepEqual(o.errors, ["entity_not_found"]); assert.doesNotMatch(o.body, /[<>]/); },
  },
  { name: "web search page with a script in the query", input: get(`/search?q=${q("<script>alert(1)</script>")}`), expected: (o) => { status(200)(o); assert.ok(!o.body.includes("<script>alert(1)")); } },
  { name: "web timeline page beyond the last", input: get("/timeline?page=99999999999999"), expected: status(200) },
  { name: "web form POST from another origin", input: post("/review/judge", "left=1&right=2&verdict=same", "application/x-www-form-urlencoded", { Origin: "http://evil.example" }), expected: status(403) },
];
