import type { Insertable, Kysely } from "kysely";
import { refIndex, type ExtractionRecord, type RecordFact } from "../../model/extraction-record.js";
import type { SubjectKind } from "../../model/properties.js";
import type { Database, StatementsTable } from "../database.js";
import { projectSubject, type FactStatement } from "../facts/project-facts.js";
import { insertDocEvents, insertDocPeople, insertPersonBlocks, insertStatements, updateDocPerson } from "./document-writes.js";

/** What resolution files a document person under: its own key and the blocks of its name and full-name aliases. */
export interface PersonKeys { blockKey: string; blocks: string[] }

/** The subjects of a record of one kind, with their facts, in record order. */
function subjectsOf(record: ExtractionRecord, kind: SubjectKind): { index: number; facts: RecordFact[] }[] {
  const facts = new Map<number, RecordFact[]>();
  for (const f of record.facts) facts.set(f.subject, [...(facts.get(f.subject) ?? []), f]);
  return record.subjects.flatMap((k, index) => (k === kind ? [{ index, facts: facts.get(index) ?? [] }] : []));
}

const pending = (f: RecordFact, value = f.value): FactStatement => ({ prop: f.prop, value, spans: f.spans, review: "pending" });

/**
 * Writes what was extracted from one document: its statements, and the
 * rows derived from them (projectSubject: the same function a rebuild
 * uses). People already stored under the same name (`kept`, on
 * re-extraction) keep their row and id. Returns the doc_people ids (in the
 * order of the record's people) and the doc_events ids.
 */
export async function writeRecord(trx: Kysely<Database>, documentId: number, record: ExtractionRecord, level: string, keys: PersonKeys[], kept: Map<string, number>): Promise<{ docPeople: number[]; events: number[] }> {
  const people = subjectsOf(record, "person");
  const rows = people.map((p, local) => {
    const r = projectSubject("person", p.facts.map((f) => pending(f)));
    return { document_id: documentId, local, name: String(r.name), aliases: String(r.aliases), titles: String(r.titles), mentions: String(r.mentions), block_key: keys[local].blockKey };
  });
  const fresh = rows.filter((r) => !kept.has(r.name));
  const freshIds = await insertDocPeople(trx, fresh.map((r) => ({ ...r, person_id: null })));
  const docPeople: number[] = [];
  for (const r of rows) {
    const id = kept.get(r.name);
    if (id === undefined) { docPeople.push(freshIds[fresh.indexOf(r)]); continue; }
    await updateDocPerson(trx, id, r);
    docPeople.push(id);
  }
  await insertPersonBlocks(trx, keys.flatMap((k, i) => k.blocks.map((block) => ({ doc_person_id: docPeople[i], block }))));
  // A person subject's doc_people id, from its index in the record.
  const personId = new Map(people.map((p, local) => [p.index, docPeople[local]]));
  const valueOf = (f: RecordFact): string => {
    const ref = f.prop === "person" ? refIndex(f.value) : undefined;
    return ref === undefined ? f.value : `doc_person:${personId.get(ref)}`;
  };
  const events = subjectsOf(record, "event");
  const eventIds = await insertDocEvents(trx, events.map((e) => {
    const r = projectSubject("event", e.facts.map((f) => pending(f, valueOf(f))));
    return {
      document_id: documentId, type: String(r.type), doc_person_id: r.doc_person_id as number | null, actor: r.actor as string | null,
      occurred: r.occurred as string | null, disclosed: r.disclosed as string | null, place: r.place as string | null, start: Number(r.start), end: Number(r.end),
      attribution: r.attribution as string | null, certainty: String(r.certainty ?? "confirmed"), event_id: null, level, corrected: null,
    };
  }));
  const subjectRef = new Map<number, string>([
    ...people.map((p, local) => [p.index, `doc_person:${docPeople[local]}`] as const),
    ...events.map((e, k) => [e.index, `doc_event:${eventIds[k]}`] as const),
  ]);
  const statements: Insertable<StatementsTable>[] = record.facts.map((f) => ({
    document_id: documentId, subject: subjectRef.get(f.subject)!, prop: f.prop, value: valueOf(f),
    start: f.spans[0]?.start ?? 0, end: f.spans[0]?.end ?? 0, spans: f.spans.length > 1 ? JSON.stringify(f.spans) : null,
    producer: f.producer, confidence: f.confidence, attribution: f.attribution, certainty: f.certainty, level,
  }));
  await insertStatements(trx, statements);
  return { docPeople, events: eventIds };
}
