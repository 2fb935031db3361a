import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";

/** A level as a number (public 0, restricted 1, confidential 2, anything else 3), in SQL. */
const LEVEL_RANK_OF = (column: string) => sql.raw(`CASE ${column} WHEN 'public' THEN 0 WHEN 'restricted' THEN 1 WHEN 'confidential' THEN 2 ELSE 3 END`);
const LEVEL_RANK = LEVEL_RANK_OF("d.level");

/**
 * The derived clusters are well formed: a person id (doc_people.person_id)
 * is the row of its least secret member (by document level, then the
 * smallest id), which belongs to itself (or awaits
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
    // a cluster is named by its least secret member, the smallest id among those (resolve-people.ts representatives)
    const rank = table === "doc_people" ? sql`(SELECT ${LEVEL_RANK} FROM documents d WHERE d.id = m.document_id)` : sql`${LEVEL_RANK_OF("m.level")}`;
    const key = sql`(${rank} * 4294967296 + m.id)`;
    const better = await sql<{ cluster: number; key: number }>`SELECT k.cluster, k.key FROM (SELECT m.${c} AS cluster, min(${key}) AS key FROM ${t} m
      WHERE m.${c} IS NOT NULL GROUP BY m.${c}) k JOIN ${t} m ON m.id = k.cluster WHERE k.key < ${key}`.execute(db);
    for (const r of better.rows) lines.push(`${what} ${r.cluster} has a less secret or smaller member, row ${Number(r.key) % 4294967296}, which should name it`);
  }
  return lines;
}

/** Rows stored but not yet resolved (an ingest or reprocess that was stopped): not a fault, the next run resolves them. */
export async function pendingResolution(db: Kysely<Database>): Promise<{ people: number; events: number }> {
  const people = await db.selectFrom("doc_people").select((eb) => eb.fn.countAll<number>().as("n")).where("person_id", "is", null).executeTakeFirstOrThrow();
  const events = await db.selectFrom("doc_events").select((eb) => eb.fn.countAll<number>().as("n")).where("event_id", "is", null).executeTakeFirstOrThrow();
  return { people: Number(people.n), events: Number(events.n) };
}
