import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openStore, type Store } from "./open-store.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  let kb: EmptyLocation;
  let store: Store;
  before(async () => {
    kb = await emptyLocation(dialect, "dossier-open-");
    store = await openStore(kb.location);
  });
  after(async () => {
    await store.close();
    await kb.remove();
  });

  test("migration 009's tables number their rows on both databases (users, api_tokens, protections)", async () => {
    const at = "2026-11-23T00:00:00Z";
    const first = await store.db.insertInto("users").values({ name: "ana", role: "analyst", password: "x", created_at: at }).returning("id").executeTakeFirstOrThrow();
    const second = await store.db.insertInto("users").values({ name: "bo", role: "viewer", password: "y", created_at: at }).returning("id").executeTakeFirstOrThrow();
    assert.equal(second.id, first.id + 1);
    const token = await store.db.insertInto("api_tokens").values({ user_id: first.id, label: "script", hash: "h", created_at: at }).returning("id").executeTakeFirstOrThrow();
    assert.ok(token.id > 0);
  });

  test("a reader cleared for confidential is the store itself", async () => {
    assert.equal(await store.reader("confidential"), store);
  });

  test("a reader below confidential is read-only, one per level, and sees through its own views", async () => {
    const reader = await store.reader("public");
    assert.notEqual(reader, store);
    assert.equal(reader.dialect.name, dialect);
    assert.equal(await store.reader("public"), reader, "one reader per level");
    const [first, second] = await Promise.all([store.reader("restricted"), store.reader("restricted")]);
    assert.equal(first, second, "two requests arriving together open one reader");
    assert.equal(await reader.reader("confidential"), reader, "a reader cannot raise its own clearance");
    await assert.rejects(reader.db.insertInto("meta").values({ key: "written", value: "by a reader" }).execute(), /read-only|readonly/);
    await store.db.insertInto("documents").values({ hash: "h1", source: "a.txt", raw: "r", text: "t", level: "restricted", pipeline: "p", ingested_at: "2026-01-01" }).execute();
    assert.equal((await reader.db.selectFrom("documents").select("id").execute()).length, 0, "the restricted document is not the public reader's");
    assert.equal((await first.db.selectFrom("documents").select("id").execute()).length, 1);
  });
});
