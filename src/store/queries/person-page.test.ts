import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { personPage } from "./person-page.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("names and spellings with the number of documents using them", async () => {
    const page = (await personPage(kb.store.db, 1))!;
    assert.equal(page.person.name, "Pak Chol Min");
    assert.deepEqual(page.names, [
      { name: "Pak Chol Min", documents: 2 },
      { name: "Pak", documents: 1 },
      { name: "Pak Chol-min", documents: 1 },
      { name: "Mr Pak", documents: 1 },
    ]);
  });

  test("posts over time carry the publication dates of the documents that gave them", async () => {
    const page = (await personPage(kb.store.db, 1))!;
    assert.deepEqual(page.posts, [
      { title: "deputy ambassador to Italy", dates: ["2019-09-10"] },
      { title: "deputy ambassador", dates: ["2019-09-11"] },
      { title: "diplomat", dates: ["2019-09-12"] },
    ]);
  });

  test("each event lists every source with the words it used", async () => {
    const page = (await personPage(kb.store.db, 1))!;
    assert.equal(page.events.length, 1);
    const [defection] = page.events;
    assert.equal(defection.occurred, "2019-09-04");
    assert.equal(defection.disclosed, "2019-09-09");
    assert.deepEqual(defection.evidence.map((e) => e.quote), [
      "Pak Chol Min, the deputy ambassador to Italy, defected on 4 September 2019, officials said on Monday.",
      "North Korean diplomat Pak Chol-min defected in September 2019, according to Yonhap.",
      "Pak Chol Min, the deputy ambassador, defected on 4 September 2019, officials said.",
    ]);
    assert.deepEqual(defection.evidence.map((e) => [e.ref, e.certainty, e.attribution]), [
      ["https://news.example.org/pak-defects", "confirmed", "officials"],
      ["articles/pak.txt", "reported", "Yonhap"],
      ["https://mirror.example.net/pak", "confirmed", "officials"],
    ]);
  });

  test("events run in date order; documents are listed once", async () => {
    const page = (await personPage(kb.store.db, 5))!;
    assert.deepEqual(page.events.map((e) => e.type), ["execution", "detention"]);
    assert.deepEqual(page.documents.map((d) => d.ref), ["https://daily.example.com/ri-detained", "https://news.example.org/ri-executed"], "by publication date");
  });

  test("no page for an unknown person", async () => {
    assert.equal(await personPage(kb.store.db, 999), undefined);
  });

  test("a page lists at most its limits and counts the rest (a person named in thousands of documents)", async () => {
    const page = (await personPage(kb.store.db, 1, { documents: 2, evidence: 2 }))!;
    assert.deepEqual(page.documents.map((d) => d.documentId), [1, 3], "the first two by publication date");
    assert.equal(page.moreDocuments, 1);
    assert.equal(page.person.documentCount, 3, "the summary still counts every document");
    assert.deepEqual(page.person.documents.length, 3);
    const [defection] = page.events;
    assert.equal(defection.evidence.length, 2);
    assert.equal(defection.moreEvidence, 1);
    assert.equal(defection.sources, 3, "the event is summarised from all its sources");
    assert.equal(defection.evidence[1].quote, "North Korean diplomat Pak Chol-min defected in September 2019, according to Yonhap.");
    const whole = (await personPage(kb.store.db, 1))!;
    assert.equal(whole.moreDocuments, 0);
    assert.equal(whole.events[0].moreEvidence, 0);
  });
});
