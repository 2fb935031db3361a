import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import { levelRank, type Level } from "../../model/levels.js";
import type { Database } from "../../store/database.js";
import { docPersonExists } from "../../store/queries/record-exists.js";
import { clusterMembersOf, undoableJudgement, verdictBefore } from "../../store/queries/resolution-rows.js";
import { addJudgement } from "../../store/writes/resolution-writes.js";
import { protectionOf } from "../reading/protection-of.js";
import { RESOLVER } from "./resolve-people.js";
import { reresolve, resolving } from "./resolving.js";

async function personExists(db: Kysely<Database>, id: number): Promise<void> {
  if (!(await docPersonExists(db, id))) throw new DossierError("entity_not_found", `no person with id ${id}`);
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
  const level = await protectionOf(db, await clusterMembersOf(db, rows));
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
  const target = await undoableJudgement(db, RESOLVER, { id, by });
  if (!target) throw new DossierError("entity_not_found", id === undefined ? `no judgement by ${by} to undo` : `no analyst judgement with id ${id}`);
  if (target.verdict === "same") await mayBreakUp(db, [target.left_id, target.right_id], clearance);
  const before = await verdictBefore(db, target.left_id, target.right_id, target.id);
  const added = await addJudgement(db, { left_id: target.left_id, right_id: target.right_id, verdict: before ?? "unsure", by, why: `undo #${target.id}` });
  await reresolve(db, [target.left_id, target.right_id]);
  return { undone: target.id, added };
}
