import type { Kysely } from "kysely";
import { DossierError } from "../errors.js";
import type { Database } from "../store/database.js";
import { lockResolution } from "../store/dialects/resolution-lock.js";
import { addJudgement, blocksAround } from "../store/writes/resolution-writes.js";
import { resolveEvents } from "./resolve-events.js";
import { RESOLVER, resolvePeople } from "./resolve-people.js";

async function personExists(db: Kysely<Database>, id: number): Promise<void> {
  const row = await db.selectFrom("doc_people").select("id").where("id", "=", id).executeTakeFirst();
  if (!row) throw new DossierError("entity_not_found", `no person with id ${id}`);
}

/** Recomputes the people and events around these document persons after a judgement. */
async function reresolve(db: Kysely<Database>, ids: number[]): Promise<void> {
  const touched = await resolvePeople(db, await blocksAround(db, ids));
  await resolveEvents(db, [...touched, ...ids]);
}

export interface JudgementInput { left: number; right: number; by: string; why?: string }

/** "These two are one person": a judgement in the log; nothing is rewritten, and undo can take it back. */
export async function mergePeople(db: Kysely<Database>, j: JudgementInput): Promise<number> {
  return judge(db, j, "same");
}

/** "These two are different people." */
export async function splitPeople(db: Kysely<Database>, j: JudgementInput): Promise<number> {
  return judge(db, j, "not_same");
}

/** Runs a judgement and the recomputation it causes as one transaction, one resolver at a time (see lockResolution). */
export async function resolving<T>(db: Kysely<Database>, run: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await lockResolution(trx);
    return run(trx);
  });
}

async function judge(db: Kysely<Database>, j: JudgementInput, verdict: "same" | "not_same"): Promise<number> {
  if (j.left === j.right) throw new DossierError("usage", "a person cannot be judged against itself");
  // The judgement and the clusters it changes commit together: a kill leaves both or neither.
  return resolving(db, async (trx) => {
    await personExists(trx, j.left);
    await personExists(trx, j.right);
    const id = await addJudgement(trx, { left_id: j.left, right_id: j.right, verdict, by: j.by, why: j.why ?? null });
    await reresolve(trx, [j.left, j.right]);
    return id;
  });
}

/**
 * Takes back an analyst's judgement (the last one when no id is given) by
 * appending the verdict the pair had before it; the log keeps both.
 */
export async function undoJudgement(db: Kysely<Database>, by: string, id?: number): Promise<{ undone: number; added: number }> {
  return resolving(db, (trx) => undoIn(trx, by, id));
}

async function undoIn(db: Kysely<Database>, by: string, id?: number): Promise<{ undone: number; added: number }> {
  // why is null when no reason was given, and NULL NOT LIKE … is not true
  let q = db.selectFrom("judgements").selectAll().where("by", "!=", RESOLVER)
    .where((eb) => eb.or([eb("why", "is", null), eb("why", "not like", "undo #%")]));
  if (id !== undefined) q = q.where("id", "=", id);
  const target = await q.orderBy("id", "desc").executeTakeFirst();
  if (!target) throw new DossierError("entity_not_found", id === undefined ? "no judgement to undo" : `no analyst judgement with id ${id}`);
  const before = await db.selectFrom("judgements").select("verdict")
    .where((eb) => eb.or([eb.and([eb("left_id", "=", target.left_id), eb("right_id", "=", target.right_id)]), eb.and([eb("left_id", "=", target.right_id), eb("right_id", "=", target.left_id)])]))
    .where("id", "<", target.id).orderBy("id", "desc").executeTakeFirst();
  const added = await addJudgement(db, { left_id: target.left_id, right_id: target.right_id, verdict: before?.verdict ?? "unsure", by, why: `undo #${target.id}` });
  await reresolve(db, [target.left_id, target.right_id]);
  return { undone: target.id, added };
}
