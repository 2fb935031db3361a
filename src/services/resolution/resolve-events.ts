import type { Kysely } from "kysely";
import { eventTypes } from "../../model/schema.js";
import { clusterEvents, type EventRow } from "../../resolve/event-clusters.js";
import type { Database } from "../../store/database.js";
import { eventsOfDocPeople, openReviewItem, setEventIds } from "../../store/writes/resolution-writes.js";

/**
 * The events of the knowledge base for the people these document persons
 * belong to: one event per real-world event across all its sources, and a
 * review item with both quotes where sources disagree on a date that can
 * only be one.
 */
export async function resolveEvents(db: Kysely<Database>, docPeople: number[]): Promise<void> {
  if (!docPeople.length) return;
  const persons = new Map<number, number>();
  for (let i = 0; i < docPeople.length; i += 500) {
    const rows = await db.selectFrom("doc_people").select(["id", "person_id"]).where("id", "in", docPeople.slice(i, i + 500)).execute();
    for (const r of rows) persons.set(r.id, r.person_id ?? r.id);
  }
  const personIds = [...new Set(persons.values())];
  const members: number[] = [];
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await db.selectFrom("doc_people").select(["id", "person_id"]).where("person_id", "in", personIds.slice(i, i + 500)).execute();
    for (const r of rows) { members.push(r.id); persons.set(r.id, r.person_id ?? r.id); }
  }
  const events: (EventRow & { start: number; end: number })[] = [];
  for (let i = 0; i < members.length; i += 500) {
    for (const e of await eventsOfDocPeople(db, members.slice(i, i + 500))) {
      events.push({ id: e.id, personId: persons.get(e.doc_person_id!)!, type: e.type, occurred: e.occurred, documentId: e.document_id, start: e.start, end: e.end, rank: e.rank });
    }
  }
  const types = eventTypes();
  const clusters = clusterEvents(events, (t) => types.get(t)?.once ?? false);
  const assignments = new Map<number, number>();
  for (const c of clusters) {
    for (const m of c.members) assignments.set(m.id, c.id);
    if (c.conflict) {
      const [a, b] = c.conflict;
      await openReviewItem(db, {
        kind: "contradiction", subject: `event:${c.id}`, left_ref: `doc_event:${a.id}`, right_ref: `doc_event:${b.id}`,
        detail: `${a.type} dated ${a.occurred} by document ${a.documentId} and ${b.occurred} by document ${b.documentId}`,
      });
    }
  }
  await setEventIds(db, assignments);
}

/** Events about unnamed people are their own events. */
export async function resolveUnnamedEvents(db: Kysely<Database>): Promise<void> {
  await db.updateTable("doc_events").set((eb) => ({ event_id: eb.ref("id") })).where("doc_person_id", "is", null).where("event_id", "is", null).execute();
}
