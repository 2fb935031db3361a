import type { Kysely, Selectable } from "kysely";
import type { Database, JudgementsTable } from "../database.js";
import { inClusters } from "../cluster-members.js";

/** Each of these document persons with its person (its own id when unresolved). */
export async function personsOfDocPeople(db: Kysely<Database>, ids: number[]): Promise<Map<number, number>> {
  const persons = new Map<number, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom("doc_people").select(["id", "person_id"]).where("id", "in", ids.slice(i, i + 500)).execute();
    for (const r of rows) persons.set(r.id, r.person_id ?? r.id);
  }
  return persons;
}

/** The document persons resolved into these persons, each with its person. */
export async function membersOfPersons(db: Kysely<Database>, personIds: number[]): Promise<{ id: number; person: number }[]> {
  const members: { id: number; person: number }[] = [];
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await db.selectFrom("doc_people").select(["id", "person_id"]).where("person_id", "in", personIds.slice(i, i + 500)).execute();
    for (const r of rows) members.push({ id: r.id, person: r.person_id ?? r.id });
  }
  return members;
}

/** Every document person of the clusters these document persons are in (themselves included). */
export async function clusterMembersOf(db: Kysely<Database>, ids: number[]): Promise<number[]> {
  const people = await db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("person")).where("id", "in", ids).execute();
  const members = await db.selectFrom("doc_people").select("id").where((eb) => inClusters(eb, "person_id", "id", people.map((p) => p.person))).execute();
  return members.map((m) => m.id);
}

/** Document persons with events no resolution has reached yet (stored after their people were resolved). */
export async function peopleWithUnresolvedEvents(db: Kysely<Database>): Promise<number[]> {
  const rows = await db.selectFrom("doc_events").select("doc_person_id").where("event_id", "is", null).where("doc_person_id", "is not", null).distinct().execute();
  return rows.map((r) => r.doc_person_id!);
}

/**
 * The judgement an undo takes back: the one with this id, else the latest
 * by `by`; never the resolver's (`resolver`) nor an undo itself.
 */
export async function undoableJudgement(db: Kysely<Database>, resolver: string, which: { id?: number; by: string }): Promise<Selectable<JudgementsTable> | undefined> {
  // why is null when no reason was given, and NULL NOT LIKE … is not true
  let q = db.selectFrom("judgements").selectAll().where("by", "!=", resolver)
    .where((eb) => eb.or([eb("why", "is", null), eb("why", "not like", "undo #%")]));
  q = which.id !== undefined ? q.where("id", "=", which.id) : q.where("by", "=", which.by);
  return q.orderBy("id", "desc").executeTakeFirst();
}

/** The verdict on this pair (either way round) before judgement `beforeId`, if there was one. */
export async function verdictBefore(db: Kysely<Database>, left: number, right: number, beforeId: number): Promise<JudgementsTable["verdict"] | undefined> {
  const row = await db.selectFrom("judgements").select("verdict")
    .where((eb) => eb.or([eb.and([eb("left_id", "=", left), eb("right_id", "=", right)]), eb.and([eb("left_id", "=", right), eb("right_id", "=", left)])]))
    .where("id", "<", beforeId).orderBy("id", "desc").executeTakeFirst();
  return row?.verdict;
}

/** The document persons the events of these documents are about. */
export async function eventPeopleOfDocuments(db: Kysely<Database>, documentIds: number[]): Promise<number[]> {
  const rows = await db.selectFrom("doc_events").select("doc_person_id").where("document_id", "in", documentIds.length ? documentIds : [0]).execute();
  return rows.flatMap((p) => (p.doc_person_id === null ? [] : [p.doc_person_id]));
}

/** The contradiction (a review item) with this id. */
export const contradiction = (db: Kysely<Database>, id: number) =>
  db.selectFrom("review_items").selectAll().where("id", "=", id).where("kind", "=", "contradiction").executeTakeFirst();
