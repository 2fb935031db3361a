// Without the resolution lock (lockResolution a no-op) these tests fail: on PostgreSQL two workers that both read the same newcomers judge them twice,
// and analysts merging 1+2 and 2+3 at once leave person 3 on person 2, merged away into 1; on SQLite a merge that has read fails with "database is locked".
// A closed gate (test/support/services/write-gate.ts) makes every transaction do its reading before any of them writes, so the race is certain, not likely.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { openStore, type Store } from "../../store/open-store.js";
import { emptyLocation, testDialects, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { extractInline } from "../extraction/extraction-pool.js";
import { mergePeople } from "./judge-people.js";
import { resolvePending } from "./resolve-pending.js";
import { RESOLVER } from "./resolve-people.js";
import { saveArticle } from "../ingest/save-article.js";
import { assertConsistent } from "../../../test/support/services/consistency.js";
import { holdSqliteWriteLock } from "../../../test/support/services/sqlite-write-lock.js";
import { atOnceThroughGate } from "../../../test/support/services/write-gate.js";

/** Stores an article and its people as an ingest worker does before it resolves them. */
async function store(db: Store, source: string, text: string): Promise<void> {
  const contentHash = createHash("sha256").update(text, "utf8").digest("hex");
  await saveArticle(db.db, { source, raw: text, text, contentHash }, extractInline(text, "2022-01-01"), "public");
}

const docPeopleNamed = (db: Store, name: string) =>
  db.db.selectFrom("doc_people").select(["id", "person_id"]).where("name", "=", name).orderBy("id").execute();

async function personOf(db: Store, name: string): Promise<number> {
  const [row, ...more] = await docPeopleNamed(db, name);
  assert.equal(more.length, 0, `one ${name}`);
  return row.person_id ?? row.id;
}

// three spellings the resolver leaves apart (an official, a trader, a journalist), for an analyst to merge
const VOLKONSKYS = {
  "Sergei Volkonsky": "Sergei Volkonsky, the deputy mayor of Minsk, was dismissed on March 20, 2018, the city council said.",
  "Sergey Volkonsky": "Sergey Volkonsky, a grain trader, was detained in Almaty on October 4, 2021, police said.",
  "Serhiy Volkonsky": "Serhiy Volkonsky, a journalist, was arrested in Kharkiv on May 2, 2015, his editor said.",
};

/** A knowledge base with these articles stored, and two stores on it: two workers, or two analysts. */
async function twoStoresOn(dialect: "sqlite" | "postgres", articles: Record<string, string>, resolved: boolean) {
  const kb: EmptyLocation = await emptyLocation(dialect);
  const [one, two] = [await openStore(kb.location), await openStore(kb.location)];
  for (const [name, text] of Object.entries(articles)) await store(one, `${name}.txt`, text);
  if (resolved) await resolvePending(one.db);
  return {
    kb, one, two,
    async close() {
      await one.close();
      await two.close();
      await kb.remove();
    },
  };
}

if (testDialects().includes("postgres")) describe("postgres: transactions that read before either writes", () => {
  test("two workers resolving the same stored newcomer at once link it once", async () => {
    const kwon = { first: "Kwon Song-il, a trade official, defected in 2019, officials said.", second: "Kwon Song-il was detained in Pyongyang in 2020, according to Yonhap." };
    const { kb, one, two, close } = await twoStoresOn("postgres", kwon, false);
    try {
      // both read the two unresolved Kwon Song-il, then wait to write their judgement
      await atOnceThroughGate(kb.location, "judgements", [() => resolvePending(one.db), () => resolvePending(two.db)]);
      await assertConsistent(one);
      const rows = await docPeopleNamed(one, "Kwon Song-il");
      assert.equal(new Set(rows.map((r) => r.person_id)).size, 1, "one person");
      const ids = rows.map((r) => r.id);
      const links = await one.db.selectFrom("judgements").select("id").where("by", "=", RESOLVER).where("left_id", "in", ids).where("right_id", "in", ids).execute();
      assert.equal(links.length, 1, "one resolver judgement links them, not one per worker");
    } finally {
      await close();
    }
  });

  test("two analysts merging overlapping pairs at once (1+2, 2+3) leave one person, none on a merged-away one", async () => {
    const { kb, one, two, close } = await twoStoresOn("postgres", VOLKONSKYS, true);
    try {
      const [p1, p2, p3] = [await personOf(one, "Sergei Volkonsky"), await personOf(one, "Sergey Volkonsky"), await personOf(one, "Serhiy Volkonsky")];
      assert.equal(new Set([p1, p2, p3]).size, 3, "the resolver leaves them apart");
      // both add their judgement and compute the people from what they read, then wait to store person ids
      await atOnceThroughGate(kb.location, "doc_people", [
        () => mergePeople(one.db, { left: p1, right: p2, by: "ana" }),
        () => mergePeople(two.db, { left: p2, right: p3, by: "ben" }),
      ]);
      await assertConsistent(two);
      const people = new Set([await personOf(two, "Sergei Volkonsky"), await personOf(two, "Sergey Volkonsky"), await personOf(two, "Serhiy Volkonsky")]);
      assert.deepEqual([...people], [Math.min(p1, p2, p3)], "one person, under the smallest id");
    } finally {
      await close();
    }
  });
});

describe("sqlite: a resolver and another writer", () => {
  // SQLite never commits a stale read (a WAL transaction that has read cannot write after another commit), but a
  // deferred transaction that has read gets SQLITE_BUSY at its first write at once, without waiting busy_timeout.
  test("a merge waits for another connection's write instead of failing", async () => {
    const { kb, one, close } = await twoStoresOn("sqlite", VOLKONSKYS, true);
    try {
      const [p1, p2] = [await personOf(one, "Sergei Volkonsky"), await personOf(one, "Sergey Volkonsky")];
      const writer = await holdSqliteWriteLock(kb.location, 500);
      await mergePeople(one.db, { left: p1, right: p2, by: "ana" });
      await writer.released;
      await assertConsistent(one);
      assert.equal(await personOf(one, "Sergey Volkonsky"), await personOf(one, "Sergei Volkonsky"));
    } finally {
      await close();
    }
  });

  test("a worker resolving newcomers waits for another connection's write instead of failing", async () => {
    const kwon = { first: "Kwon Song-il, a trade official, defected in 2019, officials said.", second: "Kwon Song-il was detained in Pyongyang in 2020, according to Yonhap." };
    const { kb, one, close } = await twoStoresOn("sqlite", kwon, false);
    try {
      const writer = await holdSqliteWriteLock(kb.location, 500);
      await resolvePending(one.db);
      await writer.released;
      await assertConsistent(one);
      assert.equal(new Set((await docPeopleNamed(one, "Kwon Song-il")).map((r) => r.person_id)).size, 1, "one person");
    } finally {
      await close();
    }
  });
});
