import type { Kysely } from "kysely";
import type { Database, ReviewItemsTable } from "../database.js";
import { cachedView } from "./cached-view.js";
import { side, type ConflictSide } from "./list-conflicts.js";

/** An open question for an analyst: a suggested merge of two persons, a contradiction between two sources, a judgement to check again. */
export interface ReviewItem {
  id: number;
  kind: ReviewItemsTable["kind"];
  subject: string;
  detail: string;
  createdAt: string;
  left: ConflictSide;
  right: ConflictSide;
}

const DOC_PERSON = /^doc_person:(\d+)$/;

/**
 * Whether an analyst has settled a suggested merge: the latest judgement on the
 * pair by anyone but the resolver says same or not_same (an undo that restores
 * "unsure" reopens it), or the two already are one person.
 */
async function settled(db: Kysely<Database>, leftRef: string, rightRef: string, resolver: string): Promise<boolean> {
  const [a, b] = [DOC_PERSON.exec(leftRef)?.[1], DOC_PERSON.exec(rightRef)?.[1]].map(Number);
  if (!a || !b) return false;
  const latest = await db.selectFrom("judgements").select("verdict").where("by", "!=", resolver)
    .where((eb) => eb.or([eb.and([eb("left_id", "=", a), eb("right_id", "=", b)]), eb.and([eb("left_id", "=", b), eb("right_id", "=", a)])]))
    .orderBy("id", "desc").executeTakeFirst();
  return latest !== undefined && latest.verdict !== "unsure";
}

/** Whether an analyst has dealt with a judgement to check again: undone it, or judged its target again since. */
async function rechecked(db: Kysely<Database>, leftRef: string): Promise<boolean> {
  const id = Number(/^fact_judgement:(\d+)$/.exec(leftRef)?.[1]);
  const j = id ? await db.selectFrom("fact_judgements").select(["id", "target"]).where("id", "=", id).executeTakeFirst() : undefined;
  if (!j) return true;
  const later = await db.selectFrom("fact_judgements").select("id")
    .where((eb) => eb.or([eb.and([eb("action", "=", "undo"), eb("undoes", "=", j.id)]), eb.and([eb("target", "=", j.target), eb("id", ">", j.id)])]))
    .executeTakeFirst();
  return later !== undefined;
}

/**
 * Open review items, oldest first, each side read back as the words of its
 * source; merges an analyst has judged drop out, and so do judgements to
 * check again once undone or judged anew. Built once per version of
 * the data (see cachedView).
 */
export const listReview = async (db: Kysely<Database>, resolver: string): Promise<ReviewItem[]> =>
  [...(await cachedView(db, `review:${resolver}`, () => openItems(db, resolver)))];

async function openItems(db: Kysely<Database>, resolver: string): Promise<ReviewItem[]> {
  const items = await db.selectFrom("review_items").selectAll().where("status", "=", "open").orderBy("id").execute();
  const open: ReviewItem[] = [];
  for (const item of items) {
    if (item.kind === "merge" && (await settled(db, item.left_ref, item.right_ref, resolver))) continue;
    if (item.kind === "recheck" && (await rechecked(db, item.left_ref))) continue;
    const [left, right] = [await side(db, item.left_ref), await side(db, item.right_ref)];
    if (item.kind === "merge" && left.person !== null && left.person === right.person) continue;
    open.push({ id: item.id, kind: item.kind, subject: item.subject, detail: item.detail, createdAt: item.created_at, left, right });
  }
  return open;
}
