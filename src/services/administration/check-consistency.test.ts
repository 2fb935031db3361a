// checkConsistency finds nothing wrong in an ingested knowledge base, and
// finds each kind of damage a crash or a stray write could leave.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { openStore, type Store } from "../../store/open-store.js";
import { checkConsistency, type ConsistencyReport } from "../../store/queries/check-consistency.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { ingestArticles } from "../ingest/ingest-articles.js";
import { fixtureArticles } from "../../../test/support/services/articles.js";

/** Thrown to roll a damaging transaction back once it has been checked. */
class Undo extends Error {}

forEachDatabase((dialect) => {
  let kb: EmptyLocation;

  before(async () => {
    kb = await emptyLocation(dialect, "dossier-check-");
    const articles = join(kb.dir, "articles");
    mkdirSync(articles);
    for (const a of fixtureArticles(12)) writeFileSync(join(articles, a.name), a.text);
    // Characters outside the BMP: SQLite's length() counts them once, spans count two UTF-16 units.
    writeFileSync(join(articles, "astral.txt"), "Report 𝒜𝒜𝒜𝒜\n\n𝒜𝒜𝒜𝒜 Thae Yong-ho, a counsellor at the embassy in London, defected to South Korea in 2016.");
    const store = await openStore(kb.location);
    try {
      await ingestArticles(store, [articles], { published: "2020-05-01", workers: 0 });
    } finally {
      await store.close();
    }
  });

  after(async () => {
    await kb.remove();
  });

  let copies = 0;
  /**
   * The knowledge base damaged by `damage`, then checked: on SQLite a copy of
   * the file; on PostgreSQL one transaction, rolled back after the check.
   */
  async function reportAfter(damage: (store: Store) => Promise<unknown>): Promise<ConsistencyReport> {
    const file = join(kb.dir, `copy-${++copies}.db`);
    if (dialect === "sqlite") copyFileSync(kb.location, file);
    const store = await openStore(dialect === "sqlite" ? file : kb.location);
    try {
      if (dialect === "sqlite") {
        await damage(store);
        return await checkConsistency(store.db);
      }
      let report: ConsistencyReport | undefined;
      await store.db.transaction().execute(async (trx) => {
        await damage({ ...store, db: trx });
        report = await checkConsistency(trx);
        throw new Undo();
      }).catch((err) => { if (!(err instanceof Undo)) throw err; });
      return report!;
    } finally {
      await store.close();
    }
  }

  const problemsAfter = async (damage: (store: Store) => Promise<unknown>): Promise<string[]> => (await reportAfter(damage)).problems;

  const has = (problems: string[], pattern: RegExp) => assert.ok(problems.some((p) => pattern.test(p)), `no problem matches ${pattern}: ${JSON.stringify(problems)}`);

  test("an ingested knowledge base is consistent, astral characters included", async () => {
    const report = await reportAfter(async (store) => {
      const astral = await store.db.selectFrom("documents").select("id").where("source", "like", "%astral.txt").executeTakeFirst();
      assert.ok(astral, "the astral article was stored");
    });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.pending, { people: 0, events: 0 });
    assert.deepEqual(report.skipped, dialect === "sqlite" ? [] : [
      "storage: skipped on PostgreSQL (SQLite's integrity check of its file; PostgreSQL checks its own pages (see amcheck))",
      "foreign keys: skipped on PostgreSQL (PostgreSQL enforces every foreign key on each write)",
      "search index: skipped on PostgreSQL (PostgreSQL computes the search column from its row (a generated column))",
    ]);
  });

  test("a span past the end of its document's text", async () => {
    has(await problemsAfter((s) => sql`UPDATE statements SET "end" = "end" + 10000 WHERE id = 1`.execute(s.db)), /^spans: statement 1: span/);
    has(await problemsAfter((s) => sql`UPDATE doc_events SET start = -1 WHERE id = 1`.execute(s.db)), /^spans: event evidence 1:/);
    has(await problemsAfter((s) => sql`UPDATE doc_people SET mentions = '[{"start":0,"end":99999}]' WHERE id = 1`.execute(s.db)), /^spans: mention of person row 1:/);
  });

  // SQLite's own structures: PostgreSQL enforces foreign keys and computes its search column itself
  if (dialect === "sqlite") test("a document deleted behind the full-text index's back leaves orphans and a stale index", async () => {
    const problems = await problemsAfter(async (s) => {
      await sql`PRAGMA foreign_keys = OFF`.execute(s.db);
      await sql`DROP TRIGGER documents_fts_delete`.execute(s.db);
      await sql`DELETE FROM documents WHERE id = 2`.execute(s.db);
    });
    has(problems, /^foreign keys: statements row \d+ points at a missing documents row/);
    has(problems, /^search index: documents_fts does not match its table/);
  });

  test("an extraction that is not whole, and an event naming another document's person", async () => {
    has(await problemsAfter((s) => sql`DELETE FROM statements WHERE subject = 'doc_person:1' AND prop = 'name'`.execute(s.db)), /^references: person row 1 of document \d+ has no name statement/);
    has(await problemsAfter((s) => sql`DELETE FROM statements WHERE subject = 'doc_event:1' AND prop = 'type'`.execute(s.db)), /^references: event row 1 of document \d+ has no type statement/);
    has(await problemsAfter((s) => sql`UPDATE doc_events SET doc_person_id = (SELECT max(id) FROM doc_people) WHERE id = 1`.execute(s.db)), /^references: event row 1 names person row \d+, which is not a person of document/);
    has(await problemsAfter((s) => sql`DELETE FROM doc_person_blocks WHERE doc_person_id = 1`.execute(s.db)), /^references: person row 1 has no blocking key/);
    has(await problemsAfter((s) => sql`DELETE FROM doc_person_names WHERE doc_person_id = 1`.execute(s.db)), /^name lookup: person row 1 /);
  });

  test("a person or event id that is no cluster", async () => {
    has(await problemsAfter((s) => sql`UPDATE doc_people SET person_id = 999999 WHERE id = 2`.execute(s.db)), /^clusters: person row 2 belongs to person 999999/);
    // The least secret member, the smallest of those, must name the cluster: row 1 moved under another id.
    has(await problemsAfter((s) => sql`UPDATE doc_events SET event_id = (SELECT max(id) FROM doc_events) WHERE id = 1`.execute(s.db)), /^clusters: event row 1 belongs to event \d+, whose row is missing or belongs elsewhere|^clusters: event \d+ has a less secret or smaller member, row 1/);
  });

  test("a judgement log with a bad verdict, a self-judgement or an undo of nothing", async () => {
    const add = (s: Store, left: number, right: number, verdict: string, why: string | null = null) =>
      sql`INSERT INTO judgements (left_id, right_id, verdict, "by", at, why) VALUES (${left}, ${right}, ${verdict}, 'analyst', '2024-01-01T00:00:00Z', ${why})`.execute(s.db);
    has(await problemsAfter((s) => add(s, 1, 2, "maybe")), /^judgements: judgement \d+: unknown verdict 'maybe'/);
    has(await problemsAfter((s) => add(s, 3, 3, "same")), /^judgements: judgement \d+: judges row 3 against itself/);
    has(await problemsAfter((s) => add(s, 1, 2, "unsure", "undo #99999")), /^judgements: judgement \d+ undoes #99999/);
  });

  test("rows not yet resolved are counted apart, not problems", async () => {
    const report = await reportAfter(async (store) => {
      await sql`UPDATE doc_people SET person_id = NULL WHERE id IN (SELECT min(id) FROM doc_people)`.execute(store.db);
      await sql`UPDATE doc_events SET event_id = NULL WHERE doc_person_id IS NULL OR id = (SELECT max(id) FROM doc_events)`.execute(store.db);
    });
    // A cluster's first row awaiting resolution still stands for itself, so its members are no problem.
    assert.deepEqual(report.problems, []);
    assert.equal(report.pending.people, 1);
    assert.ok(report.pending.events >= 1);
  });
});
