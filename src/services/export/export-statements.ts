import { createHash } from "node:crypto";
import { subjectSchemas, type SubjectKind } from "../../model/properties.js";
import { activeFactJudgements } from "../../store/facts/fact-judgement-log.js";
import { eventAnchor, personAnchor } from "../../store/facts/fact-effects.js";
import { statementsOfDocuments, storedSpans } from "../../store/facts/materialize.js";
import type { Store } from "../../store/open-store.js";
import { docEventClusters, docPeopleClusters, documentsForExport, factJudgementTimes } from "../../store/queries/export-rows.js";
import { countryCode } from "./country-codes.js";
import { csvCell } from "./export-csv.js";

/**
 * FollowTheMoney's statement layout (entity_id, prop, value, dataset, lang,
 * original_value, first_seen, last_seen, with nomenklatura's id,
 * canonical_id and schema), and ours after it: the quote, its offsets in the
 * document's stored text, the URL, certainty, attribution, confidence,
 * producer, review state and level of each statement.
 */
export const STATEMENT_COLUMNS = [
  "id", "entity_id", "canonical_id", "schema", "prop", "value", "dataset", "lang", "original_value", "first_seen", "last_seen",
  "quote", "offsets", "url", "certainty", "attribution", "confidence", "producer", "review", "level",
] as const;
export type StatementRow = Record<(typeof STATEMENT_COLUMNS)[number], string>;

export const DATASET = "dossier";
/** A document's properties as statements of a Document entity. */
export const DOCUMENT_PROPS = { title: "title", sourceUrl: "url", fileName: "source", publishedAt: "published", publisher: "outlet", bodyText: "text" } as const;

/** Ids that do not depend on the knowledge base: a document by its text's hash, its people and events by their place in it. */
export const entityIds = {
  document: (hash: string) => `doc-${hash.slice(0, 16)}`,
  person: (hash: string, local: number) => `doc-${hash.slice(0, 16)}-p${local}`,
  event: (hash: string, k: number) => `doc-${hash.slice(0, 16)}-e${k}`,
};

/** The FtM name of a property (schema/properties.yaml `ftm`), else its own. */
export const ftmProp = (kind: SubjectKind, prop: string): string => subjectSchemas().get(kind)!.properties.find((p) => p.name === prop)?.ftm ?? prop;

const rowId = (r: Omit<StatementRow, "id">): string =>
  createHash("sha1").update([r.entity_id, r.prop, r.value, r.offsets, r.producer].join("\u0000"), "utf8").digest("hex").slice(0, 20);

const offsetsOf = (spans: { start: number; end: number }[]): string => spans.map((s) => `${s.start}-${s.end}`).join(";");

/**
 * Every statement of the knowledge base in that layout, one CSV: each
 * document as a Document entity (its text in bodyText), the statements
 * about its people and events as they were extracted (with their review
 * state), and the values analysts set (producer analyst:NAME). Entity ids
 * come from document hashes; canonical ids are the smallest entity id of a
 * knowledge-base person or event. `dossier import` reads it back.
 */
export async function statementsCsv(store: Store): Promise<string> {
  const db = store.db;
  const docs = await documentsForExport(db);
  const people = await docPeopleClusters(db);
  const events = await docEventClusters(db);
  const hashOf = new Map(docs.map((d) => [d.id, d.hash]));
  const entityOf = new Map<string, string>();
  for (const p of people) entityOf.set(`doc_person:${p.id}`, entityIds.person(hashOf.get(p.document_id)!, p.local));
  const eventIndex = new Map<number, number>();
  for (const e of events) {
    const k = eventIndex.get(e.document_id) ?? 0;
    eventIndex.set(e.document_id, k + 1);
    entityOf.set(`doc_event:${e.id}`, entityIds.event(hashOf.get(e.document_id)!, k));
  }
  const canonical = new Map<string, string>();
  const smallest = (rows: { id: number; cluster: number }[], kind: string) => {
    const min = new Map<number, string>();
    for (const r of rows) { const id = entityOf.get(`${kind}:${r.id}`)!; const m = min.get(r.cluster); if (m === undefined || id < m) min.set(r.cluster, id); }
    for (const r of rows) canonical.set(entityOf.get(`${kind}:${r.id}`)!, min.get(r.cluster)!);
  };
  smallest(people, "doc_person");
  smallest(events, "doc_event");
  const rows: StatementRow[] = [];
  const push = (r: Omit<StatementRow, "id" | "dataset" | "lang">) => { const full = { ...r, dataset: DATASET, lang: "" }; rows.push({ id: rowId(full), ...full }); };
  const judgements = await activeFactJudgements(db, docs.map((d) => d.id));
  const at = await factJudgementTimes(db);
  for (const d of docs) {
    const doc = entityIds.document(d.hash);
    const seen = { first_seen: d.ingested_at, last_seen: d.ingested_at, url: d.url ?? "", level: d.level };
    for (const [prop, column] of Object.entries(DOCUMENT_PROPS)) {
      const value = d[column];
      if (value) push({ entity_id: doc, canonical_id: doc, schema: "Document", prop, value, original_value: "", ...seen, quote: "", offsets: "", certainty: "", attribution: "", confidence: "", producer: d.pipeline, review: "" });
    }
    const statements = await statementsOfDocuments(db, [d.id]);
    const anchors = new Map<string, string>();
    for (const s of statements) {
      const entity = entityOf.get(s.subject);
      if (!entity) continue;
      const kind: SubjectKind = s.subject.startsWith("doc_person:") ? "person" : "event";
      if ((kind === "person" && s.prop === "name") || (kind === "event" && s.prop === "type")) anchors.set(kind === "person" ? personAnchor(d.id, s.value) : eventAnchor(d.id, s), entity);
      const spans = storedSpans(s);
      const place = kind === "event" && s.prop === "place";
      const full = s;
      push({
        entity_id: entity, canonical_id: canonical.get(entity)!, schema: kind === "person" ? "Person" : "Event", prop: ftmProp(kind, s.prop),
        value: s.prop === "person" ? (entityOf.get(s.value) ?? s.value) : place ? (countryCode(s.value) ?? s.value) : s.value,
        original_value: place ? s.value : "", ...seen, level: full.level, quote: d.text.slice(spans[0].start, spans[0].end), offsets: offsetsOf(spans),
        certainty: full.certainty, attribution: full.attribution ?? "", confidence: String(full.confidence), producer: s.producer, review: s.review,
      });
    }
    for (const j of judgements.filter((x) => x.action === "set" || (x.action === "settle" && x.value !== null))) {
      for (const anchor of j.anchors) {
        const entity = anchors.get(anchor);
        if (!entity) continue;
        const kind: SubjectKind = anchor.startsWith("p/") ? "person" : "event";
        const prop = j.prop ?? "occurred";
        const when = at.get(j.id)!;
        push({
          entity_id: entity, canonical_id: canonical.get(entity)!, schema: kind === "person" ? "Person" : "Event", prop: ftmProp(kind, prop),
          value: prop === "person" ? (entityOf.get(j.value!) ?? j.value!) : prop === "place" ? (countryCode(j.value!) ?? j.value!) : j.value!,
          original_value: prop === "place" ? j.value! : "", first_seen: when, last_seen: when, url: d.url ?? "", level: d.level, quote: "", offsets: "",
          certainty: "", attribution: "", confidence: "1", producer: `analyst:${j.by}`, review: "accepted",
        });
      }
    }
  }
  const order = (r: StatementRow) => `${r.entity_id}\u0000${r.producer.startsWith("analyst:") ? 1 : 0}`;
  rows.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return [STATEMENT_COLUMNS.join(","), ...rows.map((r) => STATEMENT_COLUMNS.map((c) => csvCell(r[c])).join(","))].map((l) => `${l}\r\n`).join("");
}
