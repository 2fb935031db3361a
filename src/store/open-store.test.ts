import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { DossierError } from "../errors.js";
import { openStore, type Store } from "./open-store.js";
import { checkConsistency } from "./queries/check-consistency.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "./test-databases.js";

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

  if (dialect === "sqlite") {
    test("on SQLite a reader below confidential is a read-only view of the same file", async () => {
      const reader = await store.reader("public");
      assert.notEqual(reader, store);
      assert.equal(reader.dialect, "sqlite");
      assert.equal(await store.reader("public"), reader, "one reader per level");
    });
  } else {
    test("on PostgreSQL a reader below confidential, and dossier check, are refused with a usage error", async () => {
      for (const clearance of ["public", "restricted"] as const) {
        await assert.rejects(store.reader(clearance), (err: unknown) =>
          err instanceof DossierError && err.code === "usage" && /not supported on PostgreSQL yet; use a SQLite knowledge base/.test(err.message));
      }
      await assert.rejects(checkConsistency(store.db), (err: unknown) => err instanceof DossierError && err.code === "usage");
    });
  }
});
