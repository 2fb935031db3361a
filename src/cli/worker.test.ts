// The PostgreSQL ingest queue with real worker processes: one killed with
// SIGKILL in the middle of its jobs, and the corpus still stored exactly once.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { runCli } from "../../test/support/cli/run-cli.js";
import { openStore, type Store } from "../store/open-store.js";
import { IngestQueue } from "../store/queue/ingest-queue.js";
import { emptyLocation, testDialects, type EmptyLocation } from "../../test/support/store/test-databases.js";
import { ingestArticles } from "../services/ingest/ingest-articles.js";
import { runIngestWorker } from "../services/ingest/queue-ingest.js";
import { fixtureArticles } from "../../test/support/services/articles.js";
import { assertConsistent } from "../../test/support/services/consistency.js";

const MAIN = fileURLToPath(new URL("./main.js", import.meta.url));
const ARTICLES = 150;

/** Rows of what was extracted, per document text: the same text must give the same rows however it was stored. */
async function extractedByHash(store: Store): Promise<Map<string, string>> {
  const rows = await sql<{ hash: string; people: number; events: number; statements: number }>`SELECT d.hash,
      (SELECT count(*) FROM doc_people p WHERE p.document_id = d.id) AS people,
      (SELECT count(*) FROM doc_events e WHERE e.document_id = d.id) AS events,
      (SELECT count(*) FROM statements s WHERE s.document_id = d.id) AS statements
    FROM documents d`.execute(store.db);
  return new Map(rows.rows.map((r) => [r.hash, `${r.people}/${r.events}/${r.statements}`]));
}

/** What each worker wrote to stderr, for the message of a failed assertion. */
const stderrOf = new Map<ChildProcess, string>();

function startWorker(location: string): ChildProcess {
  const child = spawn(process.execPath, [MAIN, "worker", "--db", location, "--until-idle", "--check-seconds", "1", "--resolve-after", "1", "--batch", "4"], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, DOSSIER_DEBUG: "1" } });
  stderrOf.set(child, "");
  child.stderr!.on("data", (d) => stderrOf.set(child, stderrOf.get(child) + String(d)));
  return child;
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once("exit", (code) => resolve(code)));

if (testDialects().includes("postgres")) describe("postgres ingest queue", () => {
  let at: EmptyLocation;
  let articles: string;
  before(async () => {
    at = await emptyLocation("postgres", "dossier-queue-");
    articles = join(at.dir, "articles");
    mkdirSync(articles);
    for (const a of fixtureArticles(ARTICLES)) writeFileSync(join(articles, a.name), a.text);
  });
  after(() => at.remove());

  test("3 workers, one killed with SIGKILL mid-job: every article stored exactly once, as a local ingest stores it", { timeout: 180_000 }, async () => {
    const queued = await runCli(["ingest", articles, "--db", at.location, "--queue", "--published", "2020-05-01", "--job-timeout", "3", "--retry-delay", "1"]);
    assert.equal(queued.code, 0, queued.err);
    assert.match(queued.err, new RegExp(`queued ${ARTICLES}, skipped as duplicate 0, failed 0`));
    const store = await openStore(at.location);
    try {
      const workers = [startWorker(at.location), startWorker(at.location), startWorker(at.location)];
      const count = async () => Number((await store.db.selectFrom("documents").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
      while ((await count()) < ARTICLES / 5) await new Promise((r) => setTimeout(r, 50));
      // Mid-job: the first worker is inside the transaction that stores an article of the batch it holds
      // (its last statement an insert into documents or doc_…, which only saving an article makes).
      const storing = async () => (await sql`SELECT 1 FROM pg_stat_activity WHERE application_name = ${`dossier ${workers[0].pid}`}
        AND xact_start IS NOT NULL AND query LIKE 'insert into "doc%'`.execute(store.db)).rows.length > 0;
      while (!(await storing())) {
        assert.ok((await count()) < ARTICLES, "the first worker was never seen storing an article");
        await new Promise((r) => setTimeout(r, 2));
      }
      workers[0].kill("SIGKILL");
      assert.equal(await exited(workers[0]), null, "killed, not exited");
      assert.deepEqual(await Promise.all(workers.slice(1).map(exited)), [0, 0], workers.slice(1).map((w) => stderrOf.get(w)).join("\n---\n"));

      const local = await emptyLocation("sqlite");
      const reference = await openStore(local.location);
      await ingestArticles(reference, [articles], { published: "2020-05-01", workers: 0 });
      const expected = await extractedByHash(reference);
      await reference.close();
      await local.remove();

      assert.equal(await count(), ARTICLES);
      assert.deepEqual(await extractedByHash(store), expected, "each text stored once, with the rows a local ingest gives it");
      const queue = await IngestQueue.open(store);
      try {
        const c = await queue.counts();
        assert.deepEqual([c.waiting, c.active, c.done, c.parked], [0, 0, ARTICLES, 0]);
        const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(`${queue.schema}.job`)} WHERE name = 'ingest' AND retry_count > 0`.execute(store.db);
        assert.ok(Number(rows[0].n) > 0, "the killed worker's jobs were taken up again");
      } finally {
        await queue.close();
      }
      const unresolved = await store.db.selectFrom("doc_people").select("id").where("person_id", "is", null).execute();
      assert.equal(unresolved.length, 0, "every person resolved");
      await assertConsistent(store);
    } finally {
      await store.close();
    }
  });

  test("a job that fails every try is parked with its error; the other articles are stored", { timeout: 60_000 }, async () => {
    const store = await openStore(at.location);
    try {
      const queue = await IngestQueue.open(store);
      const good = ["Jo Myong-rok, a vice marshal, was dismissed in 2010.", "Ri Yong-gil was executed in 2016, according to Yonhap."]
        .map((text, i) => ({ source: `good-${i}.txt`, raw: text, text, contentHash: createHash("sha256").update(text).digest("hex"), level: "public" }));
      const corrupt = { source: "corrupt.json", raw: "", contentHash: "f".repeat(64), level: "public" } as unknown as (typeof good)[number];
      await queue.enqueue([...good, corrupt], { timeoutSeconds: 30, retries: 1, retryDelaySeconds: 0 });
      await queue.close();
      const before = Number((await store.db.selectFrom("documents").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
      const p = await runIngestWorker(store, { untilIdle: true, checkSeconds: 1, resolveAfterSeconds: 0, threads: 0 });
      assert.deepEqual([p.stored, p.failed], [2, 2], "two articles stored; the corrupt job failed its try and its retry");
      const after = Number((await store.db.selectFrom("documents").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
      assert.equal(after - before, 2);
      const again = await IngestQueue.open(store);
      try {
        assert.deepEqual(await again.parked(), [{ source: "corrupt.json", error: "the job holds no article (source, raw and text)" }]);
      } finally {
        await again.close();
      }
    } finally {
      await store.close();
    }
  });
});

test("the queue refuses a SQLite knowledge base with a usage error", async () => {
  const at = await emptyLocation("sqlite");
  try {
    const r = await runCli(["ingest", at.dir, "--db", at.location, "--queue"]);
    assert.equal(r.code, 2);
    assert.match(r.err, /^dossier: error usage: the ingest queue needs a PostgreSQL knowledge base/);
  } finally {
    await at.remove();
  }
});
