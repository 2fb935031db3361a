import { test } from "node:test";
import assert from "node:assert/strict";
import { API_ROUTES } from "./route-table.js";
import { call, useApiKb } from "../../test/support/http/api-kb.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useApiKb(dialect);

  /** The body of a 200 JSON answer, checked against the schema its route declares in the OpenAPI document. */
  async function ok(path: string, route: string): Promise<any> {
    const { status, body, res } = await call(kb.app, path);
    assert.equal(status, 200, `${path}: ${JSON.stringify(body)}`);
    assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
    const spec = API_ROUTES.find((r) => r.method === "get" && r.path === route)!;
    const checked = spec.response.safeParse(body);
    assert.ok(checked.success, `${path} does not match its schema: ${checked.success || JSON.stringify(checked.error.issues)}`);
    return body;
  }

  const names = (page: { items: { name: string }[] }) => page.items.map((p) => p.name);

  test("GET /documents lists documents without text, paginated", async () => {
    const all = await ok("/api/documents", "/documents");
    assert.equal(all.total, 5);
    assert.deepEqual(all.items.map((d: any) => d.title).slice(0, 2), ["Diplomat defects", "Former envoy in Seoul"]);
    assert.deepEqual(Object.keys(all.items[0]).sort(), ["copyOf", "id", "outlet", "published", "ref", "source", "title", "url"]);
    const page = await ok("/api/documents?limit=2&offset=3", "/documents");
    assert.deepEqual({ ...page, items: page.items.map((d: any) => d.id) }, { items: [all.items[3].id, all.items[4].id], total: 5, limit: 2, offset: 3 });
    assert.deepEqual((await ok("/api/documents?offset=50", "/documents")).items, []);
  });

  test("GET /documents/:id gives the text, each mention and each evidence span quoted from it", async () => {
    const doc = await ok("/api/documents/1", "/documents/:id");
    assert.equal(doc.document.url, "https://wire.example/rome");
    for (const p of doc.people) for (const m of p.mentions) assert.equal(m.text, doc.text.slice(m.start, m.end));
    assert.deepEqual(doc.people.map((p: any) => p.mentions[0].text), ["Pak Chol-min", "Jang Song-thaek"]);
    assert.deepEqual(doc.events.map((e: any) => [e.type, e.evidence.text]), [
      ["defection", "Pak Chol-min, a counsellor at the embassy in Rome, defected in 2019."],
      ["execution", "Jang Song-thaek was executed in 2013."],
    ]);
  });

  test("GET /people filters by event, country and letters of a name, sorts, and pages", async () => {
    const all = await ok("/api/people?sort=name", "/people");
    assert.deepEqual(names(all), ["Jang Song-thaek", "Park Chol Min", "Ri Sun-hui", "Sergei Volkonsky", "Sergey Volkonsky"]);
    assert.equal(all.total, 5);
    assert.deepEqual(names(await ok("/api/people?event=EXECUTION&sort=name", "/people")), ["Jang Song-thaek", "Ri Sun-hui"]);
    assert.deepEqual(names(await ok("/api/people?country=kazakhstan", "/people")), ["Sergey Volkonsky"]);
    assert.deepEqual(names(await ok("/api/people?q=cholmin", "/people")), ["Park Chol Min"], "Pak Chol-min, ignoring hyphens and spaces");
    assert.deepEqual(names(await ok("/api/people?sort=date&limit=2", "/people")), ["Jang Song-thaek", "Sergei Volkonsky"]);
    const second = await ok("/api/people?sort=name&limit=2&offset=2", "/people");
    assert.deepEqual([names(second), second.total, second.limit, second.offset], [["Ri Sun-hui", "Sergei Volkonsky"], 5, 2, 2]);
  });

  test("GET /people/:id is the person page with every spelling and the evidence of each event", async () => {
    const pak = (await ok("/api/people?q=pak", "/people")).items[0];
    const page = await ok(`/api/people/${pak.id}`, "/people/:id");
    assert.equal(page.person.name, "Park Chol Min");
    assert.deepEqual(page.names.map((n: any) => n.name).sort(), ["Pak Chol-min", "Park Chol Min"]);
    assert.deepEqual(page.events.map((e: any) => [e.type, e.personName, e.evidence.length]), [["defection", "Park Chol Min", 2]]);
    assert.equal(page.events[0].evidence[1].quote, "Park Chol Min defected to South Korea in 2019, officials said.");
  });

  test("GET /events by type and by person (id or name), paginated", async () => {
    const all = await ok("/api/events", "/events");
    assert.equal(all.total, 5);
    assert.deepEqual((await ok("/api/events?type=execution", "/events")).items.map((e: any) => e.personName), ["Jang Song-thaek", "Ri Sun-hui"]);
    assert.deepEqual((await ok("/api/events?person=Pak%20Chol-min", "/events")).items.map((e: any) => e.type), ["defection"]);
    assert.deepEqual((await ok("/api/events?limit=1&offset=1", "/events")).items.map((e: any) => e.id), [all.items[1].id]);
  });

  test("GET /timeline in date order, filtered by type, country and years", async () => {
    const years = (page: any) => page.items.map((e: any) => e.occurred);
    assert.deepEqual(years(await ok("/api/timeline", "/timeline")), ["2013", "2018-03-20", "2019", "2020", "2021-10-04"]);
    assert.deepEqual(years(await ok("/api/timeline?from=2018&to=2020", "/timeline")), ["2018-03-20", "2019", "2020"]);
    assert.deepEqual(years(await ok("/api/timeline?type=execution&to=2019", "/timeline")), ["2013"]);
    assert.deepEqual(years(await ok("/api/timeline?country=Belarus", "/timeline")), ["2018-03-20"]);
  });

  test("GET /search finds people and documents; syntax in the words is inert", async () => {
    const found = await ok("/api/search?q=Volkonsky", "/search");
    assert.deepEqual(found.people.map((p: any) => p.name).sort(), ["Sergei Volkonsky", "Sergey Volkonsky"]);
    assert.equal(found.documents.length, 2);
    assert.deepEqual(await ok(`/api/search?q=${encodeURIComponent('" OR NEAR(*')}`, "/search"), { people: [], documents: [], person: null, events: [] });
  });

  test("GET /conflicts and GET /review quote both sources; review also holds the merge suggestion", async () => {
    const conflicts = await ok("/api/conflicts", "/conflicts");
    assert.deepEqual(conflicts.items.map((c: any) => [c.left.quote, c.right.quote]), [
      ["Jang Song-thaek was executed in 2013.", "<script>alert(1)</script> Jang Song-thaek was executed in 2014."],
    ]);
    const review = await ok("/api/review", "/review");
    assert.deepEqual(review.items.map((i: any) => [i.kind, i.left.quote, i.right.quote]), [
      ["merge", "Sergei Volkonsky", "Sergey Volkonsky"],
      ["contradiction", "Jang Song-thaek was executed in 2013.", "<script>alert(1)</script> Jang Song-thaek was executed in 2014."],
    ]);
    assert.deepEqual((await ok("/api/review?limit=1&offset=1", "/review")).items.map((i: any) => i.kind), ["contradiction"]);
  });

  test("GET /judgements is the log, newest first; GET /stats counts", async () => {
    const log = await ok("/api/judgements", "/judgements");
    assert.ok(log.total >= 2);
    assert.ok(log.items.every((j: any) => j.by === "resolver@1"));
    assert.deepEqual(log.items.map((j: any) => j.id), [...log.items.map((j: any) => j.id)].sort((a: number, b: number) => b - a));
    const stats = await ok("/api/stats", "/stats");
    assert.deepEqual([stats.documents, stats.people, stats.events], [5, 5, 5]);
  });

  test("GET /export in each format with its content type", async () => {
    const expected = { ftm: /^application\/x-ndjson/, csv: /^text\/csv/, json: /^application\/json/ };
    for (const [format, type] of Object.entries(expected)) {
      const res = await kb.app.request(`/api/export?format=${format}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", type);
      assert.match(res.headers.get("content-disposition") ?? "", /^attachment; filename="dossier/);
      const text = await res.text();
      if (format === "ftm") assert.ok(text.trim().split("\n").every((line) => JSON.parse(line).schema));
      if (format === "csv") assert.match(text, /^kind,/);
      if (format === "json") assert.equal(JSON.parse(text).people.length, 5);
    }
  });
});
