import { test } from "node:test";
import assert from "node:assert/strict";
import { call, post, useApiKb } from "../../test/support/http/api-kb.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useApiKb(dialect);

  async function personNamed(name: string): Promise<number> {
    const { body } = await call(kb.app, `/api/people?q=${encodeURIComponent(name)}`);
    const hit = body.items.find((p: any) => p.name === name);
    assert.ok(hit, `no person ${name}`);
    return hit.id;
  }

  const page = async (id: number) => call(kb.app, `/api/people/${id}`);

  test("POST /judgements same merges two people; undo takes it back", async () => {
    const [sergei, sergey] = [await personNamed("Sergei Volkonsky"), await personNamed("Sergey Volkonsky")];
    const before = await page(sergei);
    assert.deepEqual([before.body.person.aliases, before.body.person.documentCount], [[], 1]);

    const judged = await post(kb.app, "/api/judgements", { left: sergei, right: sergey, verdict: "same", why: "same man, two spellings" });
    assert.equal(judged.status, 201);
    assert.deepEqual({ ...judged.body, id: typeof judged.body.id }, { id: "number", left: sergei, right: sergey, verdict: "same" });
    const merged = await page(sergei);
    assert.deepEqual([merged.body.person.aliases, merged.body.person.documentCount], [["Sergey Volkonsky"], 2]);
    assert.deepEqual(merged.body.events.map((e: any) => e.type).sort(), ["detention", "dismissal"]);
    assert.equal((await page(sergey)).status, 404, "the merged id is no longer a person of its own");
    const review = await call(kb.app, "/api/review");
    assert.deepEqual(review.body.items.map((i: any) => i.kind), ["contradiction"], "the judged suggestion left the queue");
    const log = await call(kb.app, "/api/judgements?limit=1");
    assert.deepEqual([log.body.items[0].id, log.body.items[0].by, log.body.items[0].why], [judged.body.id, "analyst", "same man, two spellings"]);

    const undone = await post(kb.app, "/api/judgements/undo", { id: judged.body.id });
    assert.equal(undone.status, 201);
    assert.equal(undone.body.undone, judged.body.id);
    const after = await page(sergei);
    assert.deepEqual([after.body.person.aliases, after.body.person.documentCount], [[], 1]);
    assert.equal((await page(sergey)).status, 200);
    assert.deepEqual((await call(kb.app, "/api/review")).body.items.map((i: any) => i.kind), ["merge", "contradiction"], "undo reopens the suggestion");
  });

  test("POST /judgements not_same splits a person the resolver merged; undo by id restores it, though no reason was given", async () => {
    const doc2 = await call(kb.app, "/api/documents/2");
    const park = doc2.body.people.find((p: any) => p.name === "Park Chol Min");
    assert.notEqual(park.id, park.person, "a document person merged into an earlier one");
    const split = await post(kb.app, "/api/judgements", { left: park.person, right: park.id, verdict: "not_same", by: "editor" });
    assert.equal(split.status, 201);
    assert.deepEqual((await page(park.person)).body.person.aliases, []);
    assert.equal((await page(park.id)).body.person.name, "Park Chol Min");
    const undone = await post(kb.app, "/api/judgements/undo", { id: split.body.id, by: "editor" });
    assert.equal(undone.body.undone, split.body.id);
    assert.deepEqual((await page(park.person)).body.person.aliases, ["Pak Chol-min"]);
  });

  test("judging an unknown person, or undoing an unknown judgement, is 404 entity_not_found", async () => {
    const unknown = await post(kb.app, "/api/judgements", { left: 1, right: 9999, verdict: "same" });
    assert.deepEqual([unknown.status, unknown.body.error.code], [404, "entity_not_found"]);
    const undo = await post(kb.app, "/api/judgements/undo", { id: 9999 });
    assert.deepEqual([undo.status, undo.body.error.code], [404, "entity_not_found"]);
  });
});
