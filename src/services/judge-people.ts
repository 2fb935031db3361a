import type { Kysely } from "kysely";
import { DossierError } from "../errors.js";
import { levelRank, type Level } from "../model/levels.js";
import type { Database } from "../store/database.js";
import { inClusters } from "../store/cluster-members.js";
import { addJudgement } from "../store/writes/resolution-writes.js";
import { protectionOf } from "./protect-records.js";
import { RESOLVER } from "./resolve-people.js";
import { reresolve, resolving } from "./resolving.js";

async function personExists(db: Kysely<Database>, id: number): Promise<void> {
  const row = await db.selectFrom("doc_people").select("id").where("id", "=", id).executeTakeFirst();
  if (!row) throw new DossierError("entity_not_found", `no person with id ${id}`);
}


export interface JudgementInput {
  left: number; right: number; by: string; why?: string;
  /** The judge's clearance (a server's user): a split that would free a protected identity above it is refused. Omitted: the owner, who sees everything. */
  clearance?: Level;
}

/**
 * A judge below a protection's level may not split the people it protects
 * (a `not_same`, or an undo that takes a merge back): the part split off
 * would show its names to every reader below the level. An admin may; the
 * protected full names stay hidden wherever their rows end up.
 */
async function mayBreakUp(db: Kysely<Database>, rows: number[], clearance: Level | undefined): Promise<void> {
  if (clearance === undefined) return;
  const people = await db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("person")).where("id", "in", rows).execute();
  const members = await db.selectFrom("doc_people").select("id").where((eb) => inClusters(eb, "person_id", "id", people.map((p) => p.person))).execute();
  const level = await protectionOf(db, members.map((m) => m.id));
  if (level && levelRank(level) > levelRank(clearance)) {
    throw new DossierError("forbidden", `this would split a protected identity (protected at ${level}); only a reader cleared for ${level} may`);
  }
}

/** "These two are one person": a judgement in the log; nothing is rewritten, and undo can take it back. */
export async function mergePeople(db: Kysely<Database>, j: JudgementInput): Promise<number> {
  return judge(db, j, "same");
}

/** "These two are different people." */
export async function splitPeople(db: Kysely<Database>, j: JudgementInput): Promise<number> {
  return judge(db, j, "not_same");
}

async function judge(db: Kysely<Database>, j: JudgementInput, verdict: "same" | "not_same"): Promise<number> {
  if (j.left === j.right) throw new DossierError("usage", "a person cannot be judged against itself");
  // The judgement and the clusters it changes commit together: a kill leaves both or neither.
  return resolving(db, async (trx) => {
    await personExists(trx, j.left);
    await personExists(trx, j.right);
    if (verdict === "not_same") await mayBreakUp(trx, [j.left, j.right], j.clearance);
    const id = await addJudgement(trx, { left_id: j.left, right_id: j.right, verdict, by: j.by, why: j.why ?? null });
    await reresolve(trx, [j.left, j.right]);
    return id;
  });
}

/**
 * Takes back an analyst's judgement `id` (without one: the newest that `by`
 * made, never another judge's) by appending the verdict the pair had before
 * it; the log keeps both. A judge's clearance refuses an undo that would
 * split a protected identity above it (see mayBreakUp); the server names only
 * judgements the viewer can see.
 */
export async function undoJudgement(db: Kysely<Database>, by: string, id?: number, clearance?: Level): Promise<{ undone: number; added: number }> {
  return resolving(db, (trx) => undoIn(trx, by, id, clearance));
}

async function undoIn(db: Kysely<Database>, by: string, id?: number, clearance?: Level): Promise<{ undone: number; added: number }> {
  // why is null when no reason was given, and NULL NOT LIKE … is not true
  let q = db.selectFrom("judgements").selectAll().where("by", "!=", RESOLVER)
    .where((eb) => eb.or([eb("why", "is", null), eb("why", "not like", "undo #%")]));
  q = id !== undefined ? q.where("id", "=", id) : q.where("by", "=", by);
  const target = await q.orderBy("id", "desc").executeTakeFirst();
  if (!target) throw new DossierError("entity_not_found", id === undefined ? `no judgement by ${by} to undo` : `no analyst judgement with id ${id}`);
  if (target.verdict === "same") await mayBreakUp(db, [target.left_id, target.right_id], clearance);
  const before = await db.selectFrom("judgements").select("verdict")
    .where((eb) => eb.or([eb.and([eb("left_id", "=", target.left_id), eb("right_id", "=", target.right_id)]), eb.and([eb("left_id", "=", target.right_id), eb("right_id", "=", target.left_id)])]))
    .where("id", "<", target.id).orderBy("id", "desc").executeTakeFirst();
  const added = await addJudgement(db, { left_id: target.left_id, right_id: target.right_id, verdict: before?.verdict ?? "unsure", by, why: `undo #${target.id}` });
  await reresolve(db, [target.left_id, target.right_id]);
  return { undone: target.id, added };
}
