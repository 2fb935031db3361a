import type { Kysely } from "kysely";
import { isListProperty, type SubjectKind } from "../../model/properties.js";
import type { Span } from "../../text/span.js";
import type { Database } from "../database.js";
import { refileNames } from "../names/person-names.js";
import { activeFactJudgements } from "./fact-judgement-log.js";
import { applyJudgements, eventAnchor, personAnchor, statementAnchor, type SubjectFacts } from "./fact-effects.js";
import { projectSubject, type FactStatement, type ProjectedRow, type Review } from "./project-facts.js";

/** A statements row as the fact model reads it. */
export interface StoredStatement {
  id: number; document_id: number; subject: string; prop: string; value: string; start: number; end: number;
  spans: string | null; review: string; producer: string; confidence: number; attribution: string | null; certainty: string; level: string;
}

/** Every span of a stored statement: `spans` when it has several, else its one span. */
export function storedSpans(s: Pick<StoredStatement, "start" | "end" | "spans">): Span[] {
  if (s.spans) {
    try {
      const list = JSON.parse(s.spans) as Span[];
      if (Array.isArray(list) && list.length) return list.map((x) => ({ start: Number(x.start), end: Number(x.end) }));
    } catch { /* a damaged list: the first span still stands */ }
  }
  return [{ start: s.start, end: s.end }];
}

const STATEMENT_COLUMNS = ["id", "document_id", "subject", "prop", "value", "start", "end", "spans", "review", "producer", "confidence", "attribution", "certainty", "level"] as const;

/** The statements of some documents, in id order. */
export async function statementsOfDocuments(db: Kysely<Database>, documentIds: number[]): Promise<StoredStatement[]> {
  const out: StoredStatement[] = [];
  for (let i = 0; i < documentIds.length; i += 200) {
    out.push(...(await db.selectFrom("statements").select(STATEMENT_COLUMNS).where("document_id", "in", documentIds.slice(i, i + 200)).orderBy("id").execute()));
  }
  return out.sort((a, b) => a.id - b.id);
}

const kindOf = (subject: string): SubjectKind | undefined =>
  subject.startsWith("doc_person:") ? "person" : subject.startsWith("doc_event:") ? "event" : undefined;

/** A subject's facts with the anchors judgements find them by. */
function subjectFacts(kind: SubjectKind, documentId: number, rows: StoredStatement[]): SubjectFacts {
  const key = rows.find((s) => s.prop === (kind === "person" ? "name" : "type"));
  const anchor = kind === "person" ? personAnchor(documentId, key?.value ?? "") : eventAnchor(documentId, key ?? { start: 0, end: 0 });
  return {
    anchor,
    statements: rows.map((s) => {
      const fact: FactStatement = { prop: s.prop, value: s.value, spans: storedSpans(s), review: "pending", producer: s.producer };
      return { ...fact, id: s.id, anchor: statementAnchor(anchor, fact) };
    }),
  };
}

/** What a rebuild found: judgements whose anchors in these documents matched nothing (their evidence changed), and the rows that differed. */
export interface Materialized { unmatched: Map<number, string[]>; changed: string[] }

/**
 * Derives the rows of some documents (doc_people, doc_events) and the review
 * state of their statements again from the statements and the analysts'
 * fact judgements, and writes what differs. The store calls it after a
 * judgement, after re-extraction and after an import; `dossier check` runs
 * it without writing (`write` false) to find rows that differ (factProblems).
 */
export async function materializeDocuments(db: Kysely<Database>, documentIds: number[], write = true): Promise<Materialized> {
  const statements = await statementsOfDocuments(db, documentIds);
  const bySubject = new Map<string, StoredStatement[]>();
  for (const s of statements) bySubject.set(s.subject, [...(bySubject.get(s.subject) ?? []), s]);
  const subjects = [...bySubject].flatMap(([subject, rows]) => {
    const kind = kindOf(subject);
    return kind ? [{ subject, kind, facts: subjectFacts(kind, rows[0].document_id, rows) }] : [];
  });
  const unmatched = applyJudgements(subjects.map((s) => s.facts), await activeFactJudgements(db, documentIds), isListProperty);
  const stored = new Map(statements.map((s) => [s.id, s]));
  const current = await currentRows(db, documentIds);
  const changed: string[] = [];
  for (const s of subjects) {
    const row = projectSubject(s.kind, s.facts.statements);
    for (const st of s.facts.statements) {
      const was = st.id === undefined ? undefined : stored.get(st.id);
      if (write && was && was.review !== st.review) await db.updateTable("statements").set({ review: st.review as Review }).where("id", "=", was.id).execute();
    }
    const id = Number(s.subject.slice(s.subject.indexOf(":") + 1));
    const now = (s.kind === "person" ? current.people : current.events).get(id);
    if (now && (await updateRow(db, s.kind, id, now, row, write))) changed.push(s.subject);
  }
  return { unmatched, changed };
}

type Columns = Record<string, string | number | null>;

/** The derived columns of the rows of some documents as they are now, by row id. */
async function currentRows(db: Kysely<Database>, documentIds: number[]): Promise<{ people: Map<number, Columns>; events: Map<number, Columns> }> {
  const people = new Map<number, Columns>();
  const events = new Map<number, Columns>();
  for (let i = 0; i < documentIds.length; i += 200) {
    const slice = documentIds.slice(i, i + 200);
    for (const r of await db.selectFrom("doc_people").select(["id", ...PERSON_COLUMNS]).where("document_id", "in", slice).execute()) people.set(r.id, r);
    for (const r of await db.selectFrom("doc_events").select(["id", ...EVENT_COLUMNS]).where("document_id", "in", slice).execute()) events.set(r.id, r);
  }
  return { people, events };
}

const PERSON_COLUMNS = ["name", "aliases", "titles", "mentions"] as const;
const EVENT_COLUMNS = ["type", "doc_person_id", "actor", "occurred", "disclosed", "place", "attribution", "certainty", "start", "end", "review", "corrected"] as const;

/** Writes a row's derived columns where they differ from `current`; true when any did. */
async function updateRow(db: Kysely<Database>, kind: SubjectKind, id: number, current: Columns, row: ProjectedRow, write: boolean): Promise<boolean> {
  if (kind === "person") {
    if (PERSON_COLUMNS.every((c) => current[c] === row[c])) return false;
    if (!write) return true;
    const set = { name: String(row.name), aliases: String(row.aliases), titles: String(row.titles), mentions: String(row.mentions) };
    await db.updateTable("doc_people").set(set).where("id", "=", id).execute();
    if (current.name !== set.name || current.aliases !== set.aliases) await refileNames(db, [{ id, name: set.name, aliases: set.aliases }]);
    return true;
  }
  if (EVENT_COLUMNS.every((c) => (current[c] ?? null) === (row[c] ?? null))) return false;
  if (!write) return true;
  const set = Object.fromEntries(EVENT_COLUMNS.map((c) => [c, row[c] ?? null]));
  await db.updateTable("doc_events").set(set as never).where("id", "=", id).execute();
  return true;
}
