import type { Kysely } from "kysely";
import { isLevel, LEVELS, levelRank } from "../../model/levels.js";
import type { Database, ReviewItemsTable } from "../database.js";

type Db = Kysely<Database>;

export interface DocPersonRow { id: number; document_id: number; name: string; aliases: string; titles: string; block_key: string; person_id: number | null }

/** Runs a query over slices of a long list of values (databases cap the parameters of one statement). */
async function inSlices<V, R>(values: V[], run: (slice: V[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += 500) out.push(...(await run(values.slice(i, i + 500))));
  return out;
}

const DOC_PERSON_COLUMNS = ["doc_people.id", "document_id", "name", "aliases", "titles", "block_key", "person_id"] as const;

/** Document persons filed under any of these blocking keys (by name or alias). */
export async function docPeopleInBlocks(db: Db, blocks?: string[]): Promise<DocPersonRow[]> {
  const rows = blocks
    ? await inSlices(blocks, (s) => db.selectFrom("doc_person_blocks").innerJoin("doc_people", "doc_people.id", "doc_person_blocks.doc_person_id")
      .select(DOC_PERSON_COLUMNS).where("doc_person_blocks.block", "in", s).execute())
    : await db.selectFrom("doc_people").select(DOC_PERSON_COLUMNS).execute();
  const unique = new Map(rows.map((r) => [r.id, r]));
  return [...unique.values()].sort((a, b) => a.id - b.id);
}

/** Events of these document persons: what the resolver compares and clusters. */
export async function eventsOfDocPeople(db: Db, ids: number[]) {
  const rows = await inSlices(ids, (s) => db.selectFrom("doc_events")
    .select(["id", "doc_person_id", "type", "occurred", "place", "document_id", "start", "end", "level"])
    .where("doc_person_id", "in", s).where("review", "!=", "rejected").execute());
  return rows.map(({ level, ...e }) => ({ ...e, rank: rankOf(level) }));
}

/** The rank of the level of each document person's document (public 0, restricted 1, confidential 2): what names a cluster. */
export async function documentLevelRanks(db: Db, ids: number[]): Promise<Map<number, number>> {
  const rows = await inSlices(ids, (s) => db.selectFrom("doc_people as p").innerJoin("documents as d", "d.id", "p.document_id").select(["p.id", "d.level"]).where("p.id", "in", s).execute());
  return new Map(rows.map((r) => [r.id, rankOf(r.level)]));
}

const rankOf = (level: string): number => (isLevel(level) ? levelRank(level) : LEVELS.length);

export async function judgementsTouching(db: Db, ids: number[]) {
  const rows = await inSlices(ids, (s) => db.selectFrom("judgements").selectAll().where((eb) => eb.or([eb("left_id", "in", s), eb("right_id", "in", s)])).execute());
  const unique = new Map(rows.map((r) => [r.id, r]));
  return [...unique.values()].sort((a, b) => a.id - b.id);
}

export async function addJudgement(db: Db, j: { left_id: number; right_id: number; verdict: "same" | "not_same" | "unsure"; by: string; why: string | null }): Promise<number> {
  const r = await db.insertInto("judgements").values({ ...j, at: new Date().toISOString() }).returning("id").executeTakeFirstOrThrow();
  return r.id;
}

export async function setPersonIds(db: Db, assignments: Map<number, number>): Promise<void> {
  const byPerson = new Map<number, number[]>();
  for (const [id, person] of assignments) byPerson.set(person, [...(byPerson.get(person) ?? []), id]);
  for (const [person, ids] of byPerson) {
    for (let i = 0; i < ids.length; i += 500) await db.updateTable("doc_people").set({ person_id: person }).where("id", "in", ids.slice(i, i + 500)).execute();
  }
}

export async function setEventIds(db: Db, assignments: Map<number, number>): Promise<void> {
  const byEvent = new Map<number, number[]>();
  for (const [id, event] of assignments) byEvent.set(event, [...(byEvent.get(event) ?? []), id]);
  for (const [event, ids] of byEvent) {
    for (let i = 0; i < ids.length; i += 500) await db.updateTable("doc_events").set({ event_id: event }).where("id", "in", ids.slice(i, i + 500)).execute();
  }
}

/** Opens a review item unless the same question was asked before: it is open, or an analyst settled it (a settled contradiction stays settled). */
export async function openReviewItem(db: Db, item: { kind: ReviewItemsTable["kind"]; subject: string; left_ref: string; right_ref: string; detail: string }): Promise<void> {
  const open = await db.selectFrom("review_items").select("id")
    .where("kind", "=", item.kind).where("left_ref", "=", item.left_ref).where("right_ref", "=", item.right_ref).executeTakeFirst();
  if (!open) await db.insertInto("review_items").values({ ...item, status: "open", created_at: new Date().toISOString() }).execute();
}

/** Blocks holding document persons that no resolution has reached yet (after an interrupted ingest). */
export async function unresolvedBlocks(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("doc_person_blocks").innerJoin("doc_people", "doc_people.id", "doc_person_blocks.doc_person_id")
    .select("doc_person_blocks.block").where("doc_people.person_id", "is", null).distinct().execute();
  return rows.map((r) => r.block);
}

/** Every blocking key of these document persons, or of the people they belong to. */
export async function blocksAround(db: Db, ids: number[]): Promise<string[]> {
  const rows = await inSlices(ids, (s) => db.selectFrom("doc_person_blocks").innerJoin("doc_people", "doc_people.id", "doc_person_blocks.doc_person_id")
    .select("doc_person_blocks.block").where((eb) => eb.or([eb("doc_people.id", "in", s), eb("doc_people.person_id", "in", s)])).execute());
  return [...new Set(rows.map((r) => r.block))];
}

/** Adds judgements of the resolver, stamped now, 100 to a statement. */
export async function addJudgements(db: Db, judgements: { left_id: number; right_id: number; verdict: "same" | "not_same" | "unsure"; by: string; why: string | null }[]): Promise<void> {
  for (let i = 0; i < judgements.length; i += 100) {
    await db.insertInto("judgements").values(judgements.slice(i, i + 100).map((j) => ({ ...j, at: new Date().toISOString() }))).execute();
  }
}

/** Events about unnamed people are their own events. */
export async function resolveUnnamedEventIds(db: Db): Promise<void> {
  await db.updateTable("doc_events").set((eb) => ({ event_id: eb.ref("id") })).where("doc_person_id", "is", null).where("event_id", "is", null).execute();
}

/** These document persons become one person, `root` (the smallest row): person_id set, and each other row joined to it by a "same" judgement of `by`. */
export async function joinPeople(db: Db, root: number, ids: number[], by: string, why: string): Promise<void> {
  for (const id of ids.filter((i) => i !== root)) await db.insertInto("judgements").values({ left_id: root, right_id: id, verdict: "same", by, at: new Date().toISOString(), why }).execute();
  await db.updateTable("doc_people").set({ person_id: root }).where("id", "in", ids).execute();
}

/** These document events become one event, `root`. */
export async function joinEvents(db: Db, root: number, ids: number[]): Promise<void> {
  await db.updateTable("doc_events").set({ event_id: root }).where("id", "in", ids).execute();
}

/** Opens a review item again, or marks it resolved. */
export async function setReviewItemStatus(db: Db, id: number, status: "open" | "resolved"): Promise<void> {
  await db.updateTable("review_items").set({ status }).where("id", "=", id).execute();
}
