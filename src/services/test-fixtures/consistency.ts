import assert from "node:assert/strict";
import type { Store } from "../../store/open-store.js";
import { clusterFromJudgements } from "../resolve-people.js";

/** Every document person's person_id is what the whole judgement log says it is. */
export async function assertConsistent(store: Store): Promise<void> {
  const rows = await store.db.selectFrom("doc_people").select(["id", "person_id"]).execute();
  const judgements = await store.db.selectFrom("judgements").selectAll().orderBy("id").execute();
  const clusters = clusterFromJudgements(rows.map((r) => r.id), judgements);
  for (const r of rows) assert.equal(r.person_id, clusters.get(r.id), `doc_people ${r.id}: stored ${r.person_id}, the log says ${clusters.get(r.id)}`);
}
