import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import type { Database } from "../database.js";
import { dialectOf } from "../dialects/dialect-of.js";
import { foreignKeyProblems, nameKeyProblems, searchIndexProblems, storageProblems } from "../dialects/sqlite-integrity.js";
import { clusterProblems, pendingResolution } from "./cluster-problems.js";
import { judgementProblems } from "./judgement-problems.js";
import { referenceProblems } from "./reference-problems.js";
import { spanProblems } from "./span-problems.js";

/** Lines shown per kind of problem; the rest are counted. */
const SHOWN = 20;

export interface ConsistencyReport {
  /** One line per problem; empty when the knowledge base is consistent. */
  problems: string[];
  /** Rows stored but not yet resolved: not problems (the next ingest or reprocess resolves them). */
  pending: { people: number; events: number };
}

/** The checks, each a kind of problem: what it checks and how. */
const CHECKS: { name: string; run: (db: Kysely<Database>) => Promise<string[]> }[] = [
  { name: "storage", run: storageProblems },
  { name: "foreign keys", run: foreignKeyProblems },
  { name: "search index", run: searchIndexProblems },
  { name: "spans", run: spanProblems },
  { name: "references", run: referenceProblems },
  { name: "name lookup", run: nameKeyProblems },
  { name: "clusters", run: clusterProblems },
  { name: "judgements", run: judgementProblems },
];

/**
 * Checks that a knowledge base is consistent: SQLite's integrity and foreign
 * keys, full-text indexes against their tables, every span within its
 * document's text, every statement and event pointing at rows of its own
 * document, every extraction whole, every person and event id a real
 * cluster, the judgement log well formed. What a stopped run left
 * unresolved is counted apart.
 */
export async function checkConsistency(db: Kysely<Database>): Promise<ConsistencyReport> {
  if (dialectOf(db) === "postgres") throw new DossierError("usage", "dossier check is not supported on PostgreSQL yet (its checks are SQLite's); use a SQLite knowledge base");
  const problems: string[] = [];
  for (const check of CHECKS) {
    const found = await check.run(db);
    problems.push(...found.slice(0, SHOWN).map((line) => `${check.name}: ${line}`));
    if (found.length > SHOWN) problems.push(`${check.name}: … and ${found.length - SHOWN} more`);
  }
  return { problems, pending: await pendingResolution(db) };
}
