import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { dialectOf } from "../dialects/dialect-of.js";
import { foreignKeyProblems, searchIndexProblems, storageProblems } from "../dialects/sqlite/integrity.js";
import { clusterProblems, pendingResolution } from "./cluster-problems.js";
import { factProblems } from "./fact-problems.js";
import { judgementProblems } from "./judgement-problems.js";
import { nameKeyProblems } from "./name-key-problems.js";
import { referenceProblems } from "./reference-problems.js";
import { spanProblems } from "./span-problems.js";

/** Lines shown per kind of problem; the rest are counted. */
const SHOWN = 20;

export interface ConsistencyReport {
  /** One line per problem; empty when the knowledge base is consistent. */
  problems: string[];
  /** Checks not run on this database, each with why. */
  skipped: string[];
  /** Rows stored but not yet resolved: not problems (the next ingest or reprocess resolves them). */
  pending: { people: number; events: number };
}

/**
 * The checks, each a kind of problem: what it checks and how. `sqliteOnly`
 * says why a check of SQLite's own structures does not apply to PostgreSQL.
 */
const CHECKS: { name: string; run: (db: Kysely<Database>) => Promise<string[]>; sqliteOnly?: string }[] = [
  { name: "storage", run: storageProblems, sqliteOnly: "SQLite's integrity check of its file; PostgreSQL checks its own pages (see amcheck)" },
  { name: "foreign keys", run: foreignKeyProblems, sqliteOnly: "PostgreSQL enforces every foreign key on each write" },
  { name: "search index", run: searchIndexProblems, sqliteOnly: "PostgreSQL computes the search column from its row (a generated column)" },
  { name: "spans", run: spanProblems },
  { name: "references", run: referenceProblems },
  { name: "facts", run: factProblems },
  { name: "name lookup", run: nameKeyProblems },
  { name: "clusters", run: clusterProblems },
  { name: "judgements", run: judgementProblems },
];

/**
 * Checks that a knowledge base is consistent: SQLite's integrity and foreign
 * keys, full-text indexes against their tables, every span within its
 * document's text, every statement and event pointing at rows of its own
 * document, every row what its statements say, every extraction whole, every person and event id a real
 * cluster, the judgement log well formed. What a stopped run left
 * unresolved is counted apart. On PostgreSQL the checks of SQLite's own
 * structures are skipped, and said so.
 */
export async function checkConsistency(db: Kysely<Database>): Promise<ConsistencyReport> {
  const dialect = dialectOf(db).name;
  const problems: string[] = [];
  const skipped: string[] = [];
  for (const check of CHECKS) {
    if (check.sqliteOnly && dialect !== "sqlite") {
      skipped.push(`${check.name}: skipped on PostgreSQL (${check.sqliteOnly})`);
      continue;
    }
    const found = await check.run(db);
    problems.push(...found.slice(0, SHOWN).map((line) => `${check.name}: ${line}`));
    if (found.length > SHOWN) problems.push(`${check.name}: … and ${found.length - SHOWN} more`);
  }
  return { problems, skipped, pending: await pendingResolution(db) };
}
