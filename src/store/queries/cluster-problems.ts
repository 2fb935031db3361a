import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";

/**
 * The derived clusters are well formed: a person id (doc_people.person_id)
 * is the row of its smallest member, which belongs to itself (or awaits
 * resolution: a row not yet resolved stands for itself); likewise an event
 * id (doc_events.event_id). A row whose cluster points elsewhere would
 * show a person or an event that does not exist.
 */
export async function clusterProblems(db: Kysely<Database>): Promise<string[]> {
  const lines: string[] = [];
  for (const [table, column, what] of [["doc_people", "person_id", "person"], ["doc_events", "event_id", "event"]] as const) {
    const t = sql.table(table);
    const c = sql.ref(column);
    const stray = await sql<{ id: number; cluster: number }>`SELECT m.id, m.${c} AS cluster FROM ${t} m LEFT JOIN ${t} r ON r.id = m.${c}
      WHERE m.${c} IS NOT NULL AND (r.id IS NULL OR coalesce(r.${c}, r.id) <> r.id)`.execute(db);
    for (const r of stray.rows) lines.push(`${what} row ${r.id} belongs to ${what} ${r.cluster}, whose row is missing or belongs elsewhere`);
    const smaller = await sql<{ cluster: number; smallest: number }>`SELECT ${c} AS cluster, min(id) AS smallest FROM ${t}
      WHERE ${c} IS NOT NULL GROUP BY ${c} HAVING min(id) < ${c}`.execute(db);
    for (const r of smaller.rows) lines.push(`${what} ${r.cluster} has a smaller member, row ${r.smallest}, which should name it`);
  }
  return lines;
}

/** Rows stored but not yet resolved (an ingest or reprocess that was stopped): not a fault, the next run resolves them. */
export async function pendingResolution(db: Kysely<Database>): Promise<{ people: number; events: number }> {
  const people = await db.selectFrom("doc_people").select((eb) => eb.fn.countAll<number>().as("n")).where("person_id", "is", null).executeTakeFirstOrThrow();
  const events = await db.selectFrom("doc_events").select((eb) => eb.fn.countAll<number>().as("n")).where("event_id", "is", null).executeTakeFirstOrThrow();
  return { people: Number(people.n), events: Number(events.n) };
}
