import { test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "kysely";
import { findPerson } from "./find-person.js";
import { nameSimilarity, SIMILAR_NAME } from "../names/name-similarity.js";
import { dialectOf } from "../dialects/dialect-of.js";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { insertDocPeople, updateDocPerson } from "../writes/document-writes.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

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

  test("a misspelled name finds the most similar name or alias; unrelated names find nobody", async () => {
    const { db } = kb.store;
    const row = { local: 8, aliases: "[]", titles: "[]", mentions: "[]", block_key: "x" };
    await insertDocPeople(db, [
      { ...row, document_id: 1, name: "Hwang Jang-yop", person_id: 300 },
      { ...row, document_id: 1, name: "Kim Jong Un", aliases: JSON.stringify(["Kim Jong-un"]), person_id: 301 },
      { ...row, document_id: 2, name: "Thae Yong Ho", person_id: 302 },
      { ...row, document_id: 2, name: "Donald Trump", aliases: JSON.stringify(["Trump"]), person_id: 303 },
      { ...row, document_id: 3, name: "Kim Myong Eun", person_id: 304 },
    ]);
    try {
      assert.equal(await findPerson(db, "Hwang Jang Yob"), 300);
      assert.equal(await findPerson(db, "thae yong-hoo"), 302, "case and hyphens do not count");
      assert.equal(await findPerson(db, "Kim Jong Eun"), 301, "Kim Jong Un (0.62), not Kim Myong Eun (0.53)");
      assert.equal(await findPerson(db, "Pak Chol Mn"), 1);
      assert.equal(await findPerson(db, "Tromp"), undefined, "one letter in five is another name");
      assert.equal(await findPerson(db, "Kim Chong Ryol"), undefined);
      assert.equal(await findPerson(db, "Kimm"), undefined, "Kim Yong Su, Kim Jong Un… are no closer to it than to each other");
      assert.equal(await findPerson(db, "Ri Sun"), 5, "a prefix is still found by the full-text step");
    } finally {
      await db.deleteFrom("doc_people").where("local", "=", 8).execute();
    }
    assert.equal(await findPerson(db, "Hwang Jang Yob"), undefined, "a key nobody has any more finds nobody");
    assert.equal(await findPerson(db, "Pak Chol Mn"), 1, "and the next most similar keys are still found");
  });

  test("the trigram index leaves out no key similar enough (against every key, ranked in TypeScript)", async () => {
    const { db } = kb.store;
    const keys = (await db.selectFrom("name_keys").select("key").execute()).map((r) => r.key);
    assert.ok(keys.includes("pakcholmin") && keys.includes("risunhui"), "every key the writer filed");
    for (const typed of ["pakcholmn", "risunhue", "kimyongs", "pakk", "mrpack", "x"]) {
      const brute = keys.filter((k) => nameSimilarity(typed, k) >= SIMILAR_NAME).sort();
      const found = (await dialectOf(db).similarNameKeys(db, typed, SIMILAR_NAME)).filter((k) => nameSimilarity(typed, k) >= SIMILAR_NAME).sort();
      assert.deepEqual(found, brute, typed);
    }
    assert.ok((await dialectOf(db).similarNameKeys(db, "pakcholmn", SIMILAR_NAME)).includes("pakcholmin"));
  });

  if (dialect === "postgres") test("the ranking in TypeScript gives pg_trgm's similarity", async () => {
    const pairs = [["hwangjangyob", "hwangjangyop"], ["kimjongeun", "kimjongun"], ["tromp", "trump"], ["kim", "kimjongun"], ["aaaa", "aaa"], ["cholho", "chŏlho"]];
    for (const [a, b] of pairs) {
      const { rows } = await sql<{ s: number }>`SELECT similarity(${a}, ${b})::float8 AS s`.execute(kb.store.db);
      assert.ok(Math.abs(rows[0].s - nameSimilarity(a, b)) < 1e-6, `${a} ~ ${b}: ${rows[0].s} vs ${nameSimilarity(a, b)}`);
    }
  });
});
