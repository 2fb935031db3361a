import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../store/open-store.js";
import { emptyLocation, forEachDatabase } from "../../../test/support/store/test-databases.js";
import { ingestArticles } from "./ingest-articles.js";
import { fixtureArticles } from "../../../test/support/services/articles.js";

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixtureDir(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-ingest-"));
  dirs.push(dir);
  for (const a of fixtureArticles(count)) writeFileSync(join(dir, a.name), a.text);
  return dir;
}

forEachDatabase((dialect) => {
  test("ingest stores documents, people and events, and re-ingest adds nothing", async () => {
    const dir = fixtureDir(12);
    const at = await emptyLocation(dialect);
    const store = await openStore(at.location);
    try {
      const first = await ingestArticles(store, [dir], { published: "2020-05-01", workers: 0 });
      assert.equal(first.ingested, 12);
      const counts = async () => ({
        documents: (await store.db.selectFrom("documents").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n,
        statements: (await store.db.selectFrom("statements").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n,
      });
      const before = await counts();
      const again = await ingestArticles(store, [dir], { published: "2020-05-01", workers: 0 });
      assert.deepEqual([again.ingested, again.duplicates], [0, 12]);
      assert.deepEqual(await counts(), before);
    } finally {
      await store.close();
      await at.remove();
    }
  });

  test("one person across articles and spellings: Thae Yong-ho = Tae Yongho = Thae Yong Ho", async () => {
    const dir = fixtureDir(12);
    const at = await emptyLocation(dialect);
    const store = await openStore(at.location);
    try {
      await ingestArticles(store, [dir], { published: "2020-05-01", workers: 0 });
      const rows = await store.db.selectFrom("doc_people").select(["name", "person_id"]).execute();
      const personOf = (name: string) => new Set(rows.filter((r) => r.name === name).map((r) => r.person_id));
      const thae = new Set([...personOf("Thae Yong-ho"), ...personOf("Tae Yongho"), ...personOf("Thae Yong Ho")]);
      assert.equal(thae.size, 1, "one person for the three spellings");
      const pak = new Set([...personOf("Pak Chol Min"), ...personOf("Park Chol-min"), ...personOf("Pak Chol-min")]);
      assert.equal(pak.size, 1);
      assert.notDeepEqual([...thae], [...pak], "different people stay apart");
    } finally {
      await store.close();
      await at.remove();
    }
  });

  test("a bad input never aborts the batch and leaves no half-written document", async () => {
    const dir = fixtureDir(3);
    writeFileSync(join(dir, "broken.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const at = await emptyLocation(dialect);
    const store = await openStore(at.location);
    try {
      const s = await ingestArticles(store, [dir], { workers: 0 });
      assert.deepEqual([s.ingested, s.failed], [3, 1]);
      assert.equal(s.failures[0].code, "binary_input");
      const orphans = await store.db.selectFrom("doc_people").leftJoin("documents", "documents.id", "doc_people.document_id").select("doc_people.id").where("documents.id", "is", null).execute();
      assert.equal(orphans.length, 0);
    } finally {
      await store.close();
      await at.remove();
    }
  });
});
