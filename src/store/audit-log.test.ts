import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openAuditLog, type AuditLog } from "./audit-log.js";
import { openStore, type Store } from "./open-store.js";
import { changeAuditLog } from "../../test/support/store/test-audit-log.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  let kb: EmptyLocation;
  let store: Store;
  let log: AuditLog;

  before(async () => {
    kb = await emptyLocation(dialect, "dossier-audit-");
    store = await openStore(kb.location);
    log = await openAuditLog(kb.location);
  });

  after(async () => {
    await log.close();
    await store.close();
    await kb.remove();
  });

  test("entries are read back newest first, by user and since a time, up to a limit", async () => {
    await log.append([{ user: "anna", action: "view", target: "/people/1", detail: null }, { user: "ada", action: "level", target: "document 2", detail: "restricted" }]);
    await log.append([{ at: "2001-01-01T00:00:00.000Z", user: "anna", action: "view", target: "/documents/3", detail: null }]);
    const all = await log.read();
    assert.deepEqual(all.map((e) => e.target), ["/documents/3", "document 2", "/people/1"]);
    assert.equal(all[1].detail, "restricted");
    assert.match(all[1].at, /^\d{4}-\d\d-\d\dT/);
    assert.deepEqual((await log.read({ user: "anna" })).map((e) => e.target), ["/documents/3", "/people/1"]);
    assert.deepEqual((await log.read({ since: "2002" })).map((e) => e.target), ["document 2", "/people/1"]);
    assert.equal((await log.read({ limit: 1 })).length, 1);
  });

  test("the log cannot be changed or emptied", async () => {
    await assert.rejects(changeAuditLog(store, "UPDATE audit SET target = 'elsewhere'"), /append-only/);
    await assert.rejects(changeAuditLog(store, "DELETE FROM audit"), /append-only/);
    if (dialect === "postgres") await assert.rejects(changeAuditLog(store, "TRUNCATE audit"), /append-only/);
    assert.equal((await log.read()).length, 3);
  });

  test("recording views does not change the data version, so cached views stay valid", async () => {
    const before = await store.dialect.dataVersion(store.db);
    await log.append([{ user: "vera", action: "view", target: "/", detail: null }]);
    assert.equal(await store.dialect.dataVersion(store.db), before);
    await store.db.insertInto("meta").values({ key: "audit-test", value: "1" }).execute();
    assert.notEqual(await store.dialect.dataVersion(store.db), before, "a write to the knowledge base does");
  });
});
