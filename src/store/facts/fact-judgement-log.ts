import type { Kysely } from "kysely";
import type { Database, FactJudgementsTable } from "../database.js";
import { anchorDocument, type FactJudgement } from "./fact-effects.js";

/** A fact judgement as the log holds it. */
export type FactJudgementRow = Omit<FactJudgementsTable, "id"> & { id: number };

const parseAnchors = (json: string): string[] => {
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? list.filter((a): a is string => typeof a === "string") : [];
  } catch {
    return [];
  }
};

/** Appends a judgement (and the documents it applies to), made now or at `at` (an imported one); returns its id. Nothing in the log is ever changed. */
export async function appendFactJudgement(db: Kysely<Database>, j: Omit<FactJudgementRow, "id" | "at"> & { at?: string }): Promise<number> {
  const { id } = await db.insertInto("fact_judgements").values({ ...j, at: j.at ?? new Date().toISOString() }).returning("id").executeTakeFirstOrThrow();
  const documents = [...new Set(parseAnchors(j.anchors).map(anchorDocument))];
  for (let i = 0; i < documents.length; i += 200) {
    await db.insertInto("fact_judgement_documents").values(documents.slice(i, i + 200).map((document_id) => ({ judgement_id: id, document_id }))).execute();
  }
  return id;
}

/** The judgement ids that apply to some documents. */
async function judgementIdsOf(db: Kysely<Database>, documentIds: number[]): Promise<number[]> {
  const ids = new Set<number>();
  for (let i = 0; i < documentIds.length; i += 200) {
    const rows = await db.selectFrom("fact_judgement_documents").select("judgement_id").where("document_id", "in", documentIds.slice(i, i + 200)).execute();
    for (const r of rows) ids.add(r.judgement_id);
  }
  return [...ids];
}

/** Judgements by id, oldest first. */
async function judgementsById(db: Kysely<Database>, ids: number[]): Promise<FactJudgementRow[]> {
  const rows: FactJudgementRow[] = [];
  for (let i = 0; i < ids.length; i += 200) rows.push(...(await db.selectFrom("fact_judgements").selectAll().where("id", "in", ids.slice(i, i + 200)).execute()));
  return rows.sort((a, b) => a.id - b.id);
}

/** The ids among these that a later undo took back. */
async function undone(db: Kysely<Database>, ids: number[]): Promise<Set<number>> {
  const out = new Set<number>();
  for (let i = 0; i < ids.length; i += 200) {
    const rows = await db.selectFrom("fact_judgements").select("undoes").where("action", "=", "undo").where("undoes", "in", ids.slice(i, i + 200)).execute();
    for (const r of rows) if (r.undoes !== null) out.add(r.undoes);
  }
  return out;
}

/** The judgements that apply to some documents and were not undone, oldest first, as their effects read them. */
export async function activeFactJudgements(db: Kysely<Database>, documentIds: number[]): Promise<FactJudgement[]> {
  const ids = await judgementIdsOf(db, documentIds);
  if (!ids.length) return [];
  const gone = await undone(db, ids);
  return (await judgementsById(db, ids))
    .filter((j) => j.action !== "undo" && !gone.has(j.id))
    .map((j) => ({ id: j.id, action: j.action as FactJudgement["action"], prop: j.prop, value: j.value, anchors: parseAnchors(j.anchors), by: j.by }));
}

/** One judgement of the log, undone or not. */
export async function factJudgement(db: Kysely<Database>, id: number): Promise<(FactJudgementRow & { undone: boolean; documents: number[] }) | undefined> {
  const [row] = await judgementsById(db, [id]);
  if (!row) return undefined;
  return { ...row, undone: (await undone(db, [id])).has(id), documents: [...new Set(parseAnchors(row.anchors).map(anchorDocument))] };
}

/** How many judgements the log holds (undos included). */
export async function countFactJudgements(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("fact_judgements").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The latest judgements (undos included), newest first: `limit` of them after skipping `offset`. */
export async function recentFactJudgements(db: Kysely<Database>, limit: number, offset = 0): Promise<(FactJudgementRow & { undone: boolean })[]> {
  const rows = await db.selectFrom("fact_judgements").selectAll().orderBy("id", "desc").limit(limit).offset(offset).execute();
  const gone = await undone(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, undone: gone.has(r.id) }));
}

/** The newest judgement about facts by `by` that is neither an undo nor undone. */
export async function lastUndoableFactJudgement(db: Kysely<Database>, by: string): Promise<number | undefined> {
  const rows = await db.selectFrom("fact_judgements as f").select("f.id").where("f.action", "!=", "undo").where("f.by", "=", by)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom("fact_judgements as u").select("u.id").where("u.action", "=", "undo").whereRef("u.undoes", "=", "f.id"))))
    .orderBy("f.id", "desc").limit(1).execute();
  return rows[0]?.id;
}
