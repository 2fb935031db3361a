import type { DialectName } from "../../../src/store/dialects/dialect-of.js";
import { openStore } from "../../../src/store/open-store.js";
import { emptyLocation, type EmptyLocation } from "./test-databases.js";
import { subjectRef, type ExtractionRecord, type RecordFact } from "../../../src/model/extraction-record.js";
import type { SubjectKind } from "../../../src/model/properties.js";
import { writeRecord } from "../../../src/store/writes/record-writes.js";

/**
 * A small invented knowledge base for tests, built through openStore(): each
 * document's statements written as an extraction record (the store derives
 * the rows from them), then person_id and event_id set as the resolver would.
 *
 *   person 1 "Pak Chol Min": doc_people 1, 2 ("Pak Chol-min"), 4; documents 1, 2 and 3 (3 is a copy of 1)
 *   person 3 "Kim Yong Su":  doc_people 3 in document 2
 *   person 5 "Ri Sun Hui":   doc_people 5, 6 ("Ri Sun-hui"); documents 4 and 5, which contradict each other
 *   event 1 defection of Pak (doc_events 1, 2, 4), event 3 appointment of Kim,
 *   event 5 execution of Ri, event 6 detention of Ri
 */
export const FIXTURE_TEXTS = {
  d1: "Pak Chol Min, the deputy ambassador to Italy, defected on 4 September 2019, officials said on Monday. Pak had served in Rome since 2017.",
  d2: "North Korean diplomat Pak Chol-min defected in September 2019, according to Yonhap. The defection was made public on 9 September. Ambassador Kim Yong Su was appointed in 2018.",
  d3: "Pak Chol Min, the deputy ambassador, defected on 4 September 2019, officials said. Mr Pak is in a safe place.",
  d4: "Vice minister of culture Ri Sun Hui was executed in 2016, according to a defector group.",
  d5: "Ri Sun-hui was detained in May 2016 and is alive in a camp, a source said.",
} as const;

type DocKey = keyof typeof FIXTURE_TEXTS;

/** The span of the first `phrase` in a fixture text. */
export function spanOf(doc: DocKey, phrase: string): { start: number; end: number } {
  const start = FIXTURE_TEXTS[doc].indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in ${doc}`);
  return { start, end: start + phrase.length };
}

/** The first sentence of a fixture text (through its first ". "), as the evidence span. */
function sentence(doc: DocKey, n = 0): { start: number; end: number } {
  const parts = FIXTURE_TEXTS[doc].split(/(?<=\.) /);
  const start = parts.slice(0, n).reduce((at, p) => at + p.length + 1, 0);
  return { start, end: start + parts[n].length };
}

const DOCUMENTS = [
  { key: "d1", url: "https://news.example.org/pak-defects", source: "https://news.example.org/pak-defects", title: "Diplomat defects", published: "2019-09-10", copy_of: null },
  { key: "d2", url: null, source: "articles/pak.txt", title: "Envoy flees", published: "2019-09-12", copy_of: null },
  { key: "d3", url: "https://mirror.example.net/pak", source: "https://mirror.example.net/pak", title: "Diplomat defects (copy)", published: "2019-09-11", copy_of: 1 },
  { key: "d4", url: "https://news.example.org/ri-executed", source: "https://news.example.org/ri-executed", title: "Culture official executed", published: "2017-02-01", copy_of: null },
  { key: "d5", url: "https://daily.example.com/ri-detained", source: "https://daily.example.com/ri-detained", title: "Official held in camp", published: "2016-06-15", copy_of: null },
] as const;

const PEOPLE = [
  { document_id: 1, name: "Pak Chol Min", aliases: ["Pak"], titles: ["deputy ambassador to Italy"], mention: ["d1", "Pak Chol Min"], person_id: 1 },
  { document_id: 2, name: "Pak Chol-min", aliases: [], titles: ["diplomat"], mention: ["d2", "Pak Chol-min"], person_id: 1 },
  { document_id: 2, name: "Kim Yong Su", aliases: [], titles: ["ambassador"], mention: ["d2", "Kim Yong Su"], person_id: 3 },
  { document_id: 3, name: "Pak Chol Min", aliases: ["Mr Pak"], titles: ["deputy ambassador"], mention: ["d3", "Pak Chol Min"], person_id: 1 },
  { document_id: 4, name: "Ri Sun Hui", aliases: [], titles: ["vice minister of culture"], mention: ["d4", "Ri Sun Hui"], person_id: 5 },
  { document_id: 5, name: "Ri Sun-hui", aliases: [], titles: [], mention: ["d5", "Ri Sun-hui"], person_id: 5 },
] as const;

const EVENTS = [
  { document_id: 1, type: "defection", doc_person_id: 1, occurred: "2019-09-04", disclosed: null, place: "Italy", span: sentence("d1"), attribution: "officials", certainty: "confirmed", event_id: 1 },
  { document_id: 2, type: "defection", doc_person_id: 2, occurred: "2019-09", disclosed: "2019-09-09", place: "Italy", span: sentence("d2"), attribution: "Yonhap", certainty: "reported", event_id: 1 },
  { document_id: 2, type: "appointment", doc_person_id: 3, occurred: "2018", disclosed: null, place: null, span: sentence("d2", 2), attribution: null, certainty: "confirmed", event_id: 3 },
  { document_id: 3, type: "defection", doc_person_id: 4, occurred: "2019-09-04", disclosed: null, place: "Italy", span: sentence("d3"), attribution: "officials", certainty: "confirmed", event_id: 1 },
  { document_id: 4, type: "execution", doc_person_id: 5, occurred: "2016", disclosed: null, place: "North Korea", span: sentence("d4"), attribution: "a defector group", certainty: "reported", event_id: 5 },
  { document_id: 5, type: "detention", doc_person_id: 6, occurred: "2016-05", disclosed: null, place: "North Korea", span: sentence("d5"), attribution: "a source", certainty: "reported", event_id: 6 },
] as const;

/** One document's people and events as the statements an extraction would give (the mention's span for names and posts). */
function fixtureRecord(people: readonly (typeof PEOPLE)[number][], events: readonly (typeof EVENTS)[number][]): ExtractionRecord {
  const subjects: SubjectKind[] = [...people.map(() => "person" as const), ...events.map(() => "event" as const)];
  const facts: RecordFact[] = [];
  const fact = (subject: number, prop: string, value: string, span: { start: number; end: number }, q = { attribution: null as string | null, certainty: "confirmed" }) =>
    facts.push({ subject, prop, value, spans: [span], producer: "test@1", confidence: 0.8, ...q });
  people.forEach((p, i) => {
    const span = spanOf(p.mention[0] as DocKey, p.mention[1]);
    fact(i, "name", p.name, span);
    for (const a of p.aliases) fact(i, "alias", a, span);
    for (const t of p.titles) fact(i, "title", t, span);
  });
  events.forEach((e, k) => {
    const s = people.length + k;
    const q = { attribution: e.attribution, certainty: e.certainty };
    fact(s, "type", e.type, e.span, q);
    fact(s, "person", subjectRef(PEOPLE.findIndex((p) => p === PEOPLE[e.doc_person_id - 1]) - PEOPLE.findIndex((p) => p.document_id === e.document_id)), e.span, q);
    if (e.occurred) fact(s, "occurred", e.occurred, e.span, q);
    if (e.disclosed) fact(s, "disclosed", e.disclosed, e.span, q);
    if (e.place) fact(s, "place", e.place, e.span, q);
    if (e.attribution) fact(s, "attribution", e.attribution, e.span, q);
    fact(s, "certainty", e.certainty, e.span, q);
  });
  return { subjects, facts };
}

/** Writes the fixture knowledge base at `location` (a file or a postgres:// URL). */
export async function buildFixtureKb(location: string): Promise<void> {
  const store = await openStore(location);
  try {
    const { db } = store;
    for (const d of DOCUMENTS) {
      const text = FIXTURE_TEXTS[d.key];
      await db.insertInto("documents").values({
        hash: d.key, source: d.source, url: d.url, title: d.title, outlet: null, published: d.published, raw: text, text,
        level: "public", pipeline: "test@1", copy_of: d.copy_of, ingested_at: "2024-01-01T00:00:00Z",
      }).execute();
    }
    for (const [i, d] of DOCUMENTS.entries()) {
      const people = PEOPLE.filter((p) => p.document_id === i + 1);
      await writeRecord(db, i + 1, fixtureRecord(people, EVENTS.filter((e) => e.document_id === i + 1)), "public",
        people.map((p) => ({ blockKey: p.name.toLowerCase(), blocks: [p.name.toLowerCase()] })), new Map());
    }
    for (const [at, p] of PEOPLE.entries()) await db.updateTable("doc_people").set({ person_id: p.person_id }).where("id", "=", at + 1).execute();
    for (const [at, e] of EVENTS.entries()) await db.updateTable("doc_events").set({ event_id: e.event_id }).where("id", "=", at + 1).execute();
    const review = { subject: "event:5", created_at: "2024-01-02T00:00:00Z" };
    await db.insertInto("review_items").values([
      { ...review, kind: "contradiction", left_ref: "doc_event:5", right_ref: "doc_event:6", detail: "executed in 2016, but alive in a camp", status: "open" },
      { ...review, kind: "contradiction", left_ref: "doc_event:1", right_ref: "doc_event:2", detail: "already settled", status: "resolved" },
      { ...review, kind: "merge", left_ref: "doc_person:3", right_ref: "doc_person:5", detail: "similar names", status: "open" },
    ]).execute();
  } finally {
    await store.close();
  }
}

/** A fresh fixture knowledge base (a file in a temporary directory, or a schema of the test PostgreSQL database), and a way to remove it. */
export async function tempFixtureKb(dialect: DialectName = "sqlite"): Promise<EmptyLocation> {
  const at = await emptyLocation(dialect);
  await buildFixtureKb(at.location);
  return at;
}
