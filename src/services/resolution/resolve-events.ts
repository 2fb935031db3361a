import type { Kysely } from "kysely";
import { eventTypes } from "../../model/schema.js";
import { clusterEvents, type EventRow } from "../../resolve/event-clusters.js";
import type { Database } from "../../store/database.js";
import { membersOfPersons, personsOfDocPeople } from "../../store/queries/resolution-rows.js";
import { eventsOfDocPeople, openReviewItem, resolveUnnamedEventIds, setEventIds } from "../../store/writes/resolution-writes.js";

/**
 * The events of the knowledge base for the people these document persons
 * belong to: one event per real-world event across all its sources, and a
 * review item with both quotes where sources disagree on a date that can
 * only be one.
 */
export async function resolveEvents(db: Kysely<Database>, docPeople: number[]): Promise<void> {
  if (!docPeople.length) return;
  const persons = await personsOfDocPeople(db, docPeople);
  const members: number[] = [];
  for (const m of await membersOfPersons(db, [...new Set(persons.values())])) { members.push(m.id); persons.set(m.id, m.person); }
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
  await resolveUnnamedEventIds(db);
}
