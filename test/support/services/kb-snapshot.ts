import { openStore } from "../../../src/store/open-store.js";

/**
 * A knowledge base as sorted lines of facts that do not depend on row ids:
 * each document by its hash, each person as the documents and names of its
 * members, each event as its members' documents, types and people.
 */
export async function kbSnapshot(file: string): Promise<string[]> {
  const store = await openStore(file);
  try {
    const docs = await store.db.selectFrom("documents").select(["id", "hash"]).execute();
    const hash = new Map(docs.map((d) => [d.id, d.hash]));
    const people = await store.db.selectFrom("doc_people").select(["id", "document_id", "name", "person_id"]).execute();
    const label = new Map(people.map((p) => [p.id, `${hash.get(p.document_id)}:${p.name}`]));
    const groups = new Map<number, string[]>();
    for (const p of people) groups.set(p.person_id ?? p.id, [...(groups.get(p.person_id ?? p.id) ?? []), label.get(p.id)!]);
    const events = await store.db.selectFrom("doc_events").select(["id", "document_id", "type", "doc_person_id", "event_id"]).execute();
    const evGroups = new Map<number, string[]>();
    for (const e of events) evGroups.set(e.event_id ?? e.id, [...(evGroups.get(e.event_id ?? e.id) ?? []), `${hash.get(e.document_id)}:${e.type}:${label.get(e.doc_person_id ?? -1)}`]);
    return [
      ...docs.map((d) => `doc ${d.hash}`),
      ...[...groups.values()].map((g) => `person ${g.sort().join("|")}`),
      ...[...evGroups.values()].map((g) => `event ${g.sort().join("|")}`),
    ].sort();
  } finally {
    await store.close();
  }
}
