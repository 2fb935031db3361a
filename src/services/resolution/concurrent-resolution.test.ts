// Two connections at once on PostgreSQL: analysts judging the same pair, and
// workers resolving the same new person, end in one consistent state. These
// depend on scheduling; resolution-lock.test.ts makes the race certain (and
// covers SQLite, where a resolver that read before another wrote would fail
// with SQLITE_BUSY without the lock).
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore, type Store } from "../../store/open-store.js";
import { emptyLocation, testDialects, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { ingestArticles } from "../ingest/ingest-articles.js";
import { mergePeople, splitPeople, undoJudgement } from "./judge-people.js";
import { RESOLVER } from "./resolve-people.js";
import { assertConsistent } from "../../../test/support/services/consistency.js";

const personNamed = async (store: Store, name: string): Promise<number> =>
  (await store.db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("p")).where("name", "=", name).executeTakeFirstOrThrow()).p;

if (testDialects().includes("postgres")) describe("postgres, two connections at once", () => {
  let kb: EmptyLocation;
  let one: Store;
  let two: Store;
  before(async () => {
    kb = await emptyLocation("postgres");
    mkdirSync(join(kb.dir, "articles"));
    // two near names the resolver leaves to an analyst
    writeFileSync(join(kb.dir, "articles", "minsk.txt"), "Sergei Volkonsky, the deputy mayor of Minsk, was dismissed on March 20, 2018, the city council said.");
    writeFileSync(join(kb.dir, "articles", "almaty.txt"), "Sergey Volkonsky, a grain trader, was detained in Almaty on October 4, 2021, police said.");
    [one, two] = [await openStore(kb.location), await openStore(kb.location)];
    await ingestArticles(one, [join(kb.dir, "articles")], { workers: 0 });
  });
  after(async () => {
    await one.close();
    await two.close();
    await kb.remove();
  });

  test("two analysts judging the same pair at once (same and same, same and not same) leave the people the log says", async () => {
    const [sergei, sergey] = [await personNamed(one, "Sergei Volkonsky"), await personNamed(one, "Sergey Volkonsky")];
    const pair = (by: string) => ({ left: sergei, right: sergey, by });
    for (let round = 0; round < 4; round++) {
      await Promise.all([mergePeople(one.db, pair("ana")), mergePeople(two.db, pair("ben"))]);
      await assertConsistent(one);
      assert.equal(await personNamed(two, "Sergey Volkonsky"), await personNamed(two, "Sergei Volkonsky"), "both said same");
      await Promise.all([mergePeople(one.db, pair("ana")), splitPeople(two.db, pair("ben"))]);
      await assertConsistent(two);
      await Promise.all([undoJudgement(one.db, "ana"), undoJudgement(two.db, "ben")]);
      await assertConsistent(one);
    }
  });

  test("two workers storing and resolving the same new person at once make one person, judged once", async () => {
    const texts = ["Kwon Song-il, a trade official, defected in 2019, officials said.", "Kwon Song-il was detained in Pyongyang in 2020, according to Yonhap."];
    const dirs = texts.map((text, i) => {
      const dir = join(kb.dir, `worker-${i}`);
      mkdirSync(dir);
      writeFileSync(join(dir, "article.txt"), text);
      return dir;
    });
    await Promise.all([ingestArticles(one, [dirs[0]], { workers: 0 }), ingestArticles(two, [dirs[1]], { workers: 0 })]);
    await assertConsistent(one);
    const kwon = await one.db.selectFrom("doc_people").select(["id", "person_id"]).where("name", "=", "Kwon Song-il").execute();
    assert.equal(kwon.length, 2);
    assert.equal(new Set(kwon.map((k) => k.person_id)).size, 1, "one person");
    const ids = kwon.map((k) => k.id);
    const links = await one.db.selectFrom("judgements").select("id").where("by", "=", RESOLVER).where("left_id", "in", ids).where("right_id", "in", ids).execute();
    assert.equal(links.length, 1, "one resolver judgement links them, not one per worker");
  });
});

// Keeps the file a test file when only SQLite is configured: the helper above is still checked.
test("assertConsistent finds a person_id the log does not give", async () => {
  const at = await emptyLocation("sqlite");
  const store = await openStore(at.location);
  try {
    await store.db.insertInto("documents").values({ hash: "h", source: "s", url: null, title: null, outlet: null, published: null, raw: "", text: "t", level: "public", pipeline: "p", copy_of: null, ingested_at: "2024-01-01" }).execute();
    await store.db.insertInto("doc_people").values({ document_id: 1, local: 0, name: "A", aliases: "[]", titles: "[]", mentions: "[]", block_key: "a", person_id: 7 }).execute();
    await assert.rejects(assertConsistent(store), /stored 7, the log says 1/);
  } finally {
    await store.close();
    await at.remove();
  }
});
