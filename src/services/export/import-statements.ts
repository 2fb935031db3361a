import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import { withoutCredentials } from "../../ingest/article-from.js";
import { isLevel } from "../../model/levels.js";
import { subjectRef, type ExtractionRecord, type RecordFact } from "../../model/extraction-record.js";
import { subjectSchemas, type SubjectKind } from "../../model/properties.js";
import type { Database } from "../../store/database.js";
import { eventAnchor, personAnchor, statementAnchor } from "../../store/facts/fact-effects.js";
import { appendFactJudgement } from "../../store/facts/fact-judgement-log.js";
import { documentIdByHash, insertDocument } from "../../store/writes/document-writes.js";
import { joinEvents, joinPeople } from "../../store/writes/resolution-writes.js";
import { writeRecord } from "../../store/writes/record-writes.js";
import { STATEMENT_COLUMNS, type StatementRow } from "./export-statements.js";
import { rebuildFacts } from "../resolution/rebuild-facts.js";
import { personKeys } from "../ingest/save-article.js";

/** The rows of a CSV (RFC 4180: quoted cells, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n" || c === "\r") { if (c === "\r" && text[i + 1] === "\n") i++; row.push(cell); rows.push(row); row = []; cell = ""; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** A cell as exported: a text the export neutralised for spreadsheets ("'=…") is read back as it was. */
const unneutralised = (s: string): string => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** Our property for an FtM one (schema/properties.yaml `ftm`), else the name itself. */
const ownProp = (kind: SubjectKind, name: string): string => subjectSchemas().get(kind)!.properties.find((p) => p.ftm === name)?.name ?? name;

const spansOf = (offsets: string) => offsets.split(";").filter(Boolean).map((o) => { const [start, end] = o.split("-").map(Number); return { start, end }; });

export interface ImportSummary { documents: number; skipped: number; statements: number; judgements: number }

/** The statements of one document entity, grouped by the entity they are about. */
interface ImportedDocument { id: string; document: StatementRow[]; people: Map<number, StatementRow[]>; events: Map<number, StatementRow[]> }

function byDocument(rows: StatementRow[]): ImportedDocument[] {
  const docs = new Map<string, ImportedDocument>();
  for (const r of rows) {
    const m = /^(doc-[0-9a-f]{16})(?:-([pe])(\d+))?$/.exec(r.entity_id);
    if (!m) throw new DossierError("invalid_record", `entity_id "${r.entity_id}" is not one of a dossier statements export`);
    const doc: ImportedDocument = docs.get(m[1]) ?? { id: m[1], document: [], people: new Map(), events: new Map() };
    docs.set(m[1], doc);
    if (!m[2]) { doc.document.push(r); continue; }
    const list = m[2] === "p" ? doc.people : doc.events;
    list.set(Number(m[3]), [...(list.get(Number(m[3])) ?? []), r]);
  }
  return [...docs.values()];
}

/**
 * Imports a statements export (dossier export --format statements) into a
 * knowledge base: documents not stored yet (by the hash of their text),
 * their statements (the store derives the rows from them), the review
 * states and analysts' values as fact judgements (by import, their times
 * kept), and the people and events of the same canonical id joined, the
 * people by "same" judgements. Levels are kept. Importing a file twice adds
 * nothing the second time.
 */
export async function importStatements(db: Kysely<Database>, csv: string): Promise<ImportSummary> {
  const [header, ...lines] = parseCsv(csv).filter((r) => r.length > 1);
  if (!header || STATEMENT_COLUMNS.some((c, i) => header[i] !== c)) throw new DossierError("invalid_record", `not a statements export: the header must be ${STATEMENT_COLUMNS.join(",")}`);
  const rows = lines.map((cells) => Object.fromEntries(STATEMENT_COLUMNS.map((c, i) => [c, unneutralised(cells[i] ?? "")])) as StatementRow);
  const summary: ImportSummary = { documents: 0, skipped: 0, statements: 0, judgements: 0 };
  return db.transaction().execute(async (trx) => {
    const rowOf = new Map<string, { kind: SubjectKind; id: number; documentId: number; anchor: string }>();
    const later: { entity: string; row: StatementRow }[] = [];
    const imported: number[] = [];
    for (const doc of byDocument(rows)) {
      const prop = (name: string) => doc.document.find((r) => r.prop === name)?.value;
      const text = prop("bodyText");
      if (text === undefined) throw new DossierError("invalid_record", `${doc.id} has no bodyText statement`);
      const hash = createHash("sha256").update(text, "utf8").digest("hex");
      if (`doc-${hash.slice(0, 16)}` !== doc.id) throw new DossierError("invalid_record", `${doc.id}: its bodyText does not hash to its id`);
      if ((await documentIdByHash(trx, hash)) !== undefined) { summary.skipped++; continue; }
      const first = doc.document[0];
      const level = isLevel(first.level) ? first.level : "public";
      const documentId = await insertDocument(trx, {
        hash, text, raw: "", source: withoutCredentials(prop("fileName") ?? prop("sourceUrl") ?? doc.id), url: withoutCredentials(prop("sourceUrl")) ?? null,
        title: prop("title") ?? null, outlet: prop("publisher") ?? null, published: prop("publishedAt") ?? null, level, pipeline: first.producer,
        copy_of: null, signature: null, ingested_at: first.first_seen,
      });
      imported.push(documentId);
      summary.documents++;
      const record = recordOf(doc, later);
      const { docPeople, events } = await writeRecord(trx, documentId, record.record, level, personKeys(record.record), new Map());
      record.people.forEach((entity, i) => rowOf.set(entity, { kind: "person", id: docPeople[i], documentId, anchor: personAnchor(documentId, doc.people.get(Number(entity.split("-p").pop()))!.find((r) => r.prop === "name")!.value) }));
      record.events.forEach((entity, k) => {
        const type = doc.events.get(Number(entity.split("-e").pop()))!.find((r) => r.prop === "type" && !r.producer.startsWith("analyst:"))!;
        rowOf.set(entity, { kind: "event", id: events[k], documentId, anchor: eventAnchor(documentId, spansOf(type.offsets)[0]) });
      });
      summary.statements += record.record.facts.length;
    }
    summary.judgements = await judgementsOf(trx, later, rowOf);
    await rebuildFacts(trx, imported);
    await joinCanonical(trx, rows, rowOf);
    return summary;
  });
}

/** A document's statements as an extraction record; reviewed and analysts' rows wait in `later` for their judgements. */
function recordOf(doc: ImportedDocument, later: { entity: string; row: StatementRow }[]) {
  const people = [...doc.people.keys()].sort((a, b) => a - b);
  const events = [...doc.events.keys()].sort((a, b) => a - b);
  const facts: RecordFact[] = [];
  const add = (kind: SubjectKind, subject: number, entity: string, rows: StatementRow[]) => {
    for (const r of rows) {
      if (r.review === "accepted" || r.review === "rejected" || r.producer.startsWith("analyst:")) later.push({ entity, row: r });
      if (r.producer.startsWith("analyst:")) continue;
      const prop = ownProp(kind, r.prop);
      const value = prop === "person" ? subjectRef(people.indexOf(Number(r.value.split("-p").pop()))) : prop === "place" ? r.original_value || r.value : r.value;
      facts.push({ subject, prop, value, spans: spansOf(r.offsets), producer: r.producer, confidence: Number(r.confidence) || 0, attribution: r.attribution || null, certainty: r.certainty });
    }
  };
  people.forEach((p, i) => add("person", i, `${doc.id}-p${p}`, doc.people.get(p)!));
  events.forEach((e, k) => add("event", people.length + k, `${doc.id}-e${e}`, doc.events.get(e)!));
  const record: ExtractionRecord = { subjects: [...people.map(() => "person" as const), ...events.map(() => "event" as const)], facts };
  return { record, people: people.map((p) => `${doc.id}-p${p}`), events: events.map((e) => `${doc.id}-e${e}`) };
}

/** The review states and analysts' values of imported statements, as judgements by "import" (their authors and times kept where the file has them). */
async function judgementsOf(db: Kysely<Database>, later: { entity: string; row: StatementRow }[], rowOf: Map<string, { kind: SubjectKind; id: number; documentId: number; anchor: string }>): Promise<number> {
  let count = 0;
  for (const { entity, row } of later) {
    const at = rowOf.get(entity);
    if (!at) continue;
    const prop = ownProp(at.kind, row.prop);
    if (row.producer.startsWith("analyst:")) {
      const value = prop === "person" ? `doc_person:${rowOf.get(row.value)?.id}` : prop === "place" ? row.original_value || row.value : row.value;
      await appendFactJudgement(db, { action: "set", target: `${at.kind}:${at.id}`, prop, value, anchors: JSON.stringify([at.anchor]), by: row.producer.slice(8), at: row.first_seen, why: "imported", undoes: null });
    } else {
      const value = prop === "person" ? `doc_person:${rowOf.get(row.value)?.id}` : prop === "place" ? row.original_value || row.value : row.value;
      const anchor = statementAnchor(at.anchor, { prop, value, spans: spansOf(row.offsets) });
      await appendFactJudgement(db, { action: row.review === "accepted" ? "accept" : "reject", target: `${at.kind}:${at.id}`, prop: null, value: null, anchors: JSON.stringify([anchor]), by: "import", why: "imported", undoes: null });
    }
    count++;
  }
  return count;
}

/** People and events of one canonical id become one: person_id and event_id the smallest row, each person joined by a "same" judgement. */
async function joinCanonical(db: Kysely<Database>, rows: StatementRow[], rowOf: Map<string, { kind: SubjectKind; id: number }>): Promise<void> {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const at = rowOf.get(r.entity_id);
    if (!at) continue;
    const key = `${at.kind}|${r.canonical_id}`;
    const ids = groups.get(key) ?? [];
    if (!ids.includes(at.id)) ids.push(at.id);
    groups.set(key, ids);
  }
  for (const [key, ids] of groups) {
    const root = Math.min(...ids);
    if (key.startsWith("person|")) {
      await joinPeople(db, root, ids, "import", "same canonical id");
    } else {
      await joinEvents(db, root, ids);
    }
  }
}
