import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { sql } from "kysely";
import { buildApiKb } from "../../test/support/http/api-kb.js";
import { COPIED_TABLES, DERIVED_TABLES, tableNames } from "../store/copy-tables.js";
import { openStore } from "../store/open-store.js";
import { emptyLocation, testDialects, type EmptyLocation } from "../../test/support/store/test-databases.js";
import { runCli } from "../../test/support/cli/run-cli.js";

const exportOf = async (location: string, format: string): Promise<string> => {
  const r = await runCli(["export", "--format", format, "--db", location]);
  assert.equal(r.code, 0, r.err);
  return r.out;
};

const rowCounts = async (location: string): Promise<Record<string, number>> => {
  const store = await openStore(location);
  try {
    const counts: Record<string, number> = {};
    for (const table of [...COPIED_TABLES.map((t) => t.table), ...DERIVED_TABLES]) {
      counts[table] = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(store.db)).rows[0].n);
    }
    return counts;
  } finally {
    await store.close();
  }
};

if (testDialects().includes("postgres")) describe("migrate-db from SQLite to PostgreSQL", () => {
  let from: EmptyLocation;
  let to: EmptyLocation;
  before(async () => {
    from = await buildApiKb("sqlite");
    to = await emptyLocation("postgres");
  });
  after(async () => {
    await from.remove();
    await to.remove();
  });

  test("copies losslessly: the same exports, the same rows, and the target goes on numbering after the copied ids", async () => {
    // an analyst's judgement and its undo are in the log too
    assert.equal((await runCli(["merge", "1", "2", "--db", from.location, "--by", "ana"])).code, 0);
    assert.equal((await runCli(["undo", "--db", from.location, "--by", "ana"])).code, 0);
    const r = await runCli(["migrate-db", "--from", `sqlite:${from.location}`, "--to", to.location]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /^documents +5 rows$/m);
    for (const format of ["json", "ftm", "csv"]) assert.equal(await exportOf(to.location, format), await exportOf(from.location, format), format);
    assert.deepEqual(await rowCounts(to.location), await rowCounts(from.location));
    // snippets are cut by each database's own search (FTS5 snippet(), ts_headline()); what is found is the same
    const found = async (location: string) => {
      const { people, documents } = JSON.parse((await runCli(["search", "Volkonsky", "--json", "--db", location])).out);
      return [people.map((p: { id: number; name: string }) => [p.id, p.name]), documents.map((d: { id: number; title: string }) => [d.id, d.title]).sort()];
    };
    assert.deepEqual(await found(to.location), await found(from.location), "search finds the same on both");
    const merged = await runCli(["merge", "1", "2", "--db", to.location]);
    assert.equal(merged.code, 0, merged.err);
    const maxId = Number((await rowCounts(from.location)).judgements);
    assert.match(merged.out, new RegExp(`^judgement #${maxId + 1}:`), "a new judgement takes the next id");
  });

  test("a target that holds documents is refused", async () => {
    const r = await runCli(["migrate-db", "--from", `sqlite:${from.location}`, "--to", to.location]);
    assert.equal(r.code, 2);
    assert.match(r.err, /^dossier: error usage: the target postgres knowledge base is not empty/);
  });
});

test("every table of a knowledge base is copied or rebuilt by migrate-db (a new table must be added to COPIED_TABLES)", async () => {
  const at = await emptyLocation("sqlite");
  const store = await openStore(at.location);
  try {
    const own = (await tableNames(store.db)).filter((t) => !/^(sqlite_|kysely_|documents_fts|people_fts|name_keys_fts)/.test(t));
    const known = new Set<string>([...COPIED_TABLES.map((t) => t.table), ...DERIVED_TABLES]);
    assert.deepEqual(own.filter((t) => !known.has(t)), []);
  } finally {
    await store.close();
    await at.remove();
  }
});

test("migrate-db needs a SQLite source and a postgres:// target", async () => {
  assert.equal((await runCli(["migrate-db", "--from", "sqlite:a.db"])).code, 2);
  assert.equal((await runCli(["migrate-db", "--from", "postgres://x/y", "--to", "postgres://x/z"])).code, 2);
  assert.equal((await runCli(["migrate-db", "--from", "sqlite:a.db", "--to", "b.db"])).code, 2);
  assert.equal((await runCli(["migrate-db", "--from", "sqlite:/no/such/kb.db", "--to", "postgres://x/y"])).code, 3);
});
