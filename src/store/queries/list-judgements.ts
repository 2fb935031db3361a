import type { Kysely } from "kysely";
import type { Database } from "../database.js";

/** One entry of the append-only judgement log, with the names of the two document persons it is about. */
export interface JudgementEntry {
  id: number;
  left: number;
  right: number;
  leftName: string | null;
  rightName: string | null;
  verdict: "same" | "not_same" | "unsure";
  by: string;
  at: string;
  why: string | null;
}

/** A page of the judgement log, newest first, and the size of the whole log. */
export async function listJudgements(db: Kysely<Database>, page: { limit: number; offset: number }): Promise<{ items: JudgementEntry[]; total: number }> {
  const count = await db.selectFrom("judgements").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await db.selectFrom("judgements as j")
    .leftJoin("doc_people as l", "l.id", "j.left_id")
    .leftJoin("doc_people as r", "r.id", "j.right_id")
    .select(["j.id", "j.left_id", "j.right_id", "l.name as leftName", "r.name as rightName", "j.verdict", "j.by", "j.at", "j.why"])
    .orderBy("j.id", "desc").limit(page.limit).offset(page.offset).execute();
  const items = rows.map(({ left_id, right_id, ...r }) => ({ ...r, left: left_id, right: right_id }));
  return { items, total: Number(count.n) };
}
