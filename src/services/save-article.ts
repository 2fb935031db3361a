import type { Insertable, Kysely } from "kysely";
import type { Article } from "../ingest/article.js";
import { lexicon } from "../nlp/lexicon.js";
import { bandKeys, encodeSignature, decodeSignature, similarity } from "../resolve/minhash.js";
import { nameKey } from "../resolve/name-key.js";
import type { Database, StatementsTable } from "../store/database.js";
import { documentsSharingBands, insertBands, insertPersonBlocks, insertDocEvents, insertDocPeople, insertDocument, insertStatements, updateDocPerson } from "../store/writes/document-writes.js";
import type { Extraction } from "./extraction-pool.js";

/** Jaccard similarity above which two articles are copies of one story. */
const COPY_THRESHOLD = 0.7;

export interface SavedArticle { documentId: number; docPeople: number[]; blocks: string[] }

/** What is stored of an article (its offset map is not). */
export type StoredArticle = Pick<Article, "source" | "url" | "title" | "outlet" | "published" | "raw" | "text" | "contentHash">;

/**
 * Writes one article and what was extracted from it in a single
 * transaction: a crash leaves either all of it or none.
 */
export async function saveArticle(db: Kysely<Database>, article: StoredArticle, x: Extraction, level: string): Promise<SavedArticle> {
  return db.transaction().execute((trx) => saveArticleIn(trx, article, x, level));
}

/** Writes one article inside a transaction the caller holds (which may hold other whole articles too). */
export async function saveArticleIn(trx: Kysely<Database>, article: StoredArticle, x: Extraction, level: string): Promise<SavedArticle> {
  const sig = x.signature;
  const bands = bandKeys(sig);
  {
    const copies = (await documentsSharingBands(trx, bands)).filter((d) => d.signature && similarity(sig, decodeSignature(d.signature)) >= COPY_THRESHOLD);
    const copyOf = copies.length ? Math.min(...copies.map((d) => d.copy_of ?? d.id)) : null;
    const documentId = await insertDocument(trx, {
      hash: article.contentHash, source: article.source, url: article.url ?? null, title: article.title ?? null, outlet: article.outlet ?? null,
      // The raw input is kept when cleaning changed it; otherwise the text is the raw input.
      published: article.published ?? null, raw: article.raw === article.text ? "" : article.raw, text: article.text, level, pipeline: x.pipeline,
      copy_of: copyOf, signature: encodeSignature(sig), ingested_at: new Date().toISOString(),
    });
    await insertBands(trx, documentId, bands);
    const { docPeople, blocks } = await writeExtraction(trx, documentId, x, level, new Map());
    return { documentId, docPeople, blocks };
  }
}

/**
 * Replaces what was extracted from a stored document (its text unchanged),
 * in one transaction. People still found under the same name keep their
 * row, so that judgements about them stay valid. Returns the blocking keys touched.
 */
export async function replaceExtraction(db: Kysely<Database>, documentId: number, _article: Pick<Article, "text" | "published">, x: Extraction, level: string): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom("doc_people").select(["id", "name"]).where("document_id", "=", documentId).execute();
    // Events of other documents that named one of these as their event now await resolution:
    // pointing at a row that is gone, they would show an event that does not exist.
    const oldEvents = trx.selectFrom("doc_events").select("id").where("document_id", "=", documentId);
    await trx.updateTable("doc_events").set({ event_id: null }).where("event_id", "in", oldEvents).where("document_id", "!=", documentId).execute();
    await trx.deleteFrom("doc_events").where("document_id", "=", documentId).execute();
    await trx.deleteFrom("statements").where("document_id", "=", documentId).execute();
    if (old.length) await trx.deleteFrom("doc_person_blocks").where("doc_person_id", "in", old.map((o) => o.id)).execute();
    const kept = new Map(old.map((o) => [o.name, o.id]));
    const { docPeople, blocks } = await writeExtraction(trx, documentId, x, level, kept);
    const gone = old.filter((o) => !docPeople.includes(o.id)).map((o) => o.id);
    if (gone.length) {
      // Likewise the people of other documents whose cluster was named after a person no longer found.
      await trx.updateTable("doc_people").set({ person_id: null }).where("person_id", "in", gone).execute();
      await trx.deleteFrom("doc_people").where("id", "in", gone).execute();
    }
    await trx.updateTable("documents").set({ pipeline: x.pipeline }).where("id", "=", documentId).execute();
    return blocks;
  });
}

/** Writes the people, events and statements of one extraction; `kept` maps names to person rows to reuse. */
async function writeExtraction(trx: Kysely<Database>, documentId: number, x: Extraction, level: string, kept: Map<string, number>) {
  const lex = lexicon();
  const keys = x.result.people.map((p) => nameKey(p.name, lex));
  // A person is filed under the keys of its name and of its full-name aliases.
  const blocksOf = (p: { name: string; aliases: string[] }) =>
    [...new Set([p.name, ...p.aliases.filter((a) => /\s/.test(a.trim()))].map((n) => nameKey(n, lex).block))];
  const rows = x.result.people.map((p, local) => ({
    document_id: documentId, local, name: p.name, aliases: JSON.stringify(p.aliases), titles: JSON.stringify(p.titles),
    mentions: JSON.stringify(p.mentions), block_key: keys[local].block,
  }));
  const docPeople: number[] = [];
  const fresh = rows.filter((r) => !kept.has(r.name));
  const freshIds = await insertDocPeople(trx, fresh.map((r) => ({ ...r, person_id: null })));
  for (const r of rows) {
    const id = kept.get(r.name);
    if (id === undefined) { docPeople.push(freshIds[fresh.indexOf(r)]); continue; }
    await updateDocPerson(trx, id, r);
    docPeople.push(id);
  }
  await insertPersonBlocks(trx, x.result.people.flatMap((p, i) => blocksOf(p).map((block) => ({ doc_person_id: docPeople[i], block }))));
  const eventIds = await insertDocEvents(trx, x.result.events.map((e) => ({
    document_id: documentId, type: e.type, doc_person_id: e.person === undefined ? null : docPeople[e.person], actor: e.actor ?? null,
    occurred: occurredOf(e), disclosed: e.disclosed, place: e.where, start: e.evidence.start, end: e.evidence.end,
    attribution: e.attribution, certainty: e.certainty, event_id: null, level,
  })));
  await insertStatements(trx, statementsOf(documentId, x, docPeople, eventIds, level));
  return { docPeople, blocks: [...new Set(x.result.people.flatMap(blocksOf))] };
}

/** The date the text gives an event, or null: a publication date standing in is not a date of the event. */
const occurredOf = (e: Extraction["result"]["events"][number]): string | null => (e.dated ? e.when : null);

/** Every fact with its span and producer: names, aliases and titles of people; type, dates and place of events. */
function statementsOf(documentId: number, x: Extraction, docPeople: number[], eventIds: number[], level: string): Insertable<StatementsTable>[] {
  const rows: Insertable<StatementsTable>[] = [];
  const base = { document_id: documentId, confidence: 0.8, attribution: null, certainty: "confirmed", level };
  x.result.people.forEach((p, i) => {
    const first = p.mentions[0] ?? { start: 0, end: 0 };
    const subject = `doc_person:${docPeople[i]}`;
    rows.push({ ...base, subject, prop: "name", value: p.name, ...first, producer: "entities@1" });
    for (const a of p.aliases) rows.push({ ...base, subject, prop: "alias", value: a, ...first, producer: "entities@1" });
    for (const t of p.titles) rows.push({ ...base, subject, prop: "title", value: t, ...first, producer: "names@1" });
  });
  x.result.events.forEach((e, i) => {
    const subject = `doc_event:${eventIds[i]}`;
    const span = { start: e.evidence.start, end: e.evidence.end };
    const ev = { ...base, subject, ...span, producer: "events@1", attribution: e.attribution, certainty: e.certainty };
    rows.push({ ...ev, prop: "type", value: e.type });
    const occurred = occurredOf(e);
    if (occurred) rows.push({ ...ev, prop: "occurred", value: occurred });
    if (e.disclosed) rows.push({ ...ev, prop: "disclosed", value: e.disclosed });
    if (e.where) rows.push({ ...ev, prop: "country", value: e.where });
  });
  return rows;
}
