import assert from "node:assert/strict";
import type { Store } from "../../../src/store/open-store.js";
import { documentLevelRanks } from "../../../src/store/writes/resolution-writes.js";
import { clusterFromJudgements } from "../../../src/services/resolution/resolve-people.js";

/** Every document person's person_id is what the whole judgement log says it is. */
export async function assertConsistent(store: Store): Promise<void> {
  const rows = await store.db.selectFrom("doc_people").select(["id", "person_id"]).execute();
  const judgements = await store.db.selectFrom("judgements").selectAll().orderBy("id").execute();
  const ranks = await documentLevelRanks(store.db, rows.map((r) => r.id));
  const clusters = clusterFromJudgements(rows.map((r) => r.id), judgements, (id) => ranks.get(id) ?? 0);
  for (const r of rows) assert.equal(r.person_id, clusters.get(r.id), `doc_people ${r.id}: stored ${r.person_id}, the log says ${clusters.get(r.id)}`);
}
