import { test } from "node:test";
import assert from "node:assert/strict";
import { findPerson } from "./find-person.js";
import { useFixtureStore } from "./kb-test-store.js";
import { insertDocPeople, updateDocPerson } from "../writes/document-writes.js";
import { forEachDatabase } from "../test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("by id", async () => {
    assert.equal(await findPerson(kb.store.db, "5"), 5);
    assert.equal(await findPerson(kb.store.db, "2"), undefined, "2 is a doc_people row of person 1, not a person id");
    assert.equal(await findPerson(kb.store.db, "999"), undefined);
  });

  test("by any name or alias, ignoring case and hyphens", async () => {
    assert.equal(await findPerson(kb.store.db, "Pak Chol Min"), 1);
    assert.equal(await findPerson(kb.store.db, "pak chol-min"), 1);
    assert.equal(await findPerson(kb.store.db, "PAK CHOLMIN"), 1);
    assert.equal(await findPerson(kb.store.db, "Mr Pak"), 1);
    assert.equal(await findPerson(kb.store.db, "ri sun hui"), 5);
  });

  test("by the start of names when nothing matches exactly", async () => {
    assert.equal(await findPerson(kb.store.db, "Ri Sun"), 5);
    assert.equal(await findPerson(kb.store.db, "Kim Yo"), 3);
    assert.equal(await findPerson(kb.store.db, "Nobody Here"), undefined);
    assert.equal(await findPerson(kb.store.db, '"; DROP TABLE doc_people; --'), undefined);
  });

  test("several matches: the person named in most documents, the lower id on a tie", async () => {
    const row = { local: 9, aliases: "[]", titles: "[]", mentions: "[]", block_key: "kim|yong" };
    await insertDocPeople(kb.store.db, [
      { ...row, document_id: 4, name: "Kim Yong Chol", person_id: 100 },
      { ...row, document_id: 5, name: "Kim Yong Chol", person_id: 100 },
      { ...row, document_id: 4, name: "Pak Chol Min", person_id: 200 },
    ]);
    try {
      assert.equal(await findPerson(kb.store.db, "Kim Yong"), 100, "2 documents beat Kim Yong Su's 1");
      assert.equal(await findPerson(kb.store.db, "Pak Chol Min"), 1, "3 documents beat 1");
      await kb.store.db.deleteFrom("doc_people").where("document_id", "=", 5).where("person_id", "=", 100).execute();
      assert.equal(await findPerson(kb.store.db, "Kim Yong"), 3, "1 document each: the lower id");
    } finally {
      await kb.store.db.deleteFrom("doc_people").where("local", "=", 9).execute();
    }
  });

  test("names and aliases are looked up by key, filed again when the writer changes them", async () => {
    const { db } = kb.store;
    const keys = async (id: number) => (await db.selectFrom("doc_person_names").select("key").where("doc_person_id", "=", id).orderBy("key").execute()).map((r) => r.key);
    assert.deepEqual(await keys(1), ["pak", "pakcholmin"], "the name and the alias Pak");
    const pak = { name: "Pak Chol Min", local: 0, titles: "[]", mentions: "[]", block_key: "pak chol min" };
    await updateDocPerson(db, 1, { ...pak, aliases: JSON.stringify(["Pak", "Comrade Pak"]) });
    try {
      assert.deepEqual(await keys(1), ["comradepak", "pak", "pakcholmin"]);
      assert.equal(await findPerson(db, "comrade PAK"), 1);
      assert.equal(await findPerson(db, "Comr"), 1, "the full-text index follows the update too");
    } finally {
      await updateDocPerson(db, 1, { ...pak, aliases: JSON.stringify(["Pak"]) });
      await db.updateTable("doc_people").set({ person_id: 1 }).where("id", "=", 1).execute();
    }
    assert.equal(await findPerson(db, "Comrade Pak"), undefined, "no name or alias says so any more");
    const row = { local: 9, aliases: "not json", titles: "[]", mentions: "[]", block_key: "x", person_id: null };
    const [addedId] = await insertDocPeople(db, [{ ...row, document_id: 4, name: "Ŏ Chŏl-ho" }]);
    const added = { id: addedId };
    assert.deepEqual(await keys(added.id), ["ocholho"], "accents folded; aliases that are not JSON are skipped, not an error");
    assert.equal(await findPerson(db, "o chol ho"), added.id);
    await db.deleteFrom("doc_people").where("id", "=", added.id).execute();
    assert.deepEqual(await keys(added.id), [], "deleting the row deletes its keys");
  });
});
