import type { Kysely } from "kysely";
import type { Article } from "../../ingest/article.js";
import type { ExtractionRecord } from "../../model/extraction-record.js";
import { lexicon } from "../../nlp/lexicon.js";
import { bandKeys, encodeSignature, decodeSignature, similarity } from "../../resolve/minhash.js";
import { resolutionKeys } from "../../resolve/resolution-keys.js";
import type { Database } from "../../store/database.js";
import { clearExtraction, documentsSharingBands, dropDocPeople, insertBands, insertDocument, setDocumentPipeline } from "../../store/writes/document-writes.js";
import { writeRecord, type PersonKeys } from "../../store/writes/record-writes.js";
import type { Extraction } from "../extraction/extraction-pool.js";
import { rebuildFacts } from "../resolution/rebuild-facts.js";

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
 * row, so that judgements about them stay valid; judgements about its facts
 * are applied again (rebuildFacts). Returns the blocking keys touched.
 */
export async function replaceExtraction(db: Kysely<Database>, documentId: number, _article: Pick<Article, "text" | "published">, x: Extraction, level: string): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const old = await clearExtraction(trx, documentId);
    const kept = new Map(old.map((o) => [o.name, o.id]));
    const { docPeople, blocks } = await writeExtraction(trx, documentId, x, level, kept);
    const gone = old.filter((o) => !docPeople.includes(o.id)).map((o) => o.id);
    if (gone.length) await dropDocPeople(trx, gone);
    await setDocumentPipeline(trx, documentId, x.pipeline);
    // The analysts' judgements about this document's facts apply to the new extraction, or are reopened.
    await rebuildFacts(trx, [documentId]);
    return blocks;
  });
}

/** The keys resolution files each person of a record under: its name's, and the blocks of its name and full-name aliases. */
export function personKeys(record: ExtractionRecord): PersonKeys[] {
  const lex = lexicon();
  const names = new Map<number, string[]>();
  for (const f of record.facts) if (f.prop === "name" || f.prop === "alias") names.set(f.subject, [...(names.get(f.subject) ?? []), f.value]);
  return record.subjects.flatMap((kind, i) => {
    if (kind !== "person") return [];
    const [name, ...aliases] = names.get(i) ?? [""];
    return [{ blockKey: resolutionKeys(name, lex).block, blocks: [...new Set([name, ...aliases.filter((a) => /\s/.test(a.trim()))].map((n) => resolutionKeys(n, lex).block))] }];
  });
}

/** Writes the statements of one extraction and the rows derived from them; `kept` maps names to person rows to reuse. */
async function writeExtraction(trx: Kysely<Database>, documentId: number, x: Extraction, level: string, kept: Map<string, number>) {
  const keys = personKeys(x.record);
  const { docPeople } = await writeRecord(trx, documentId, x.record, level, keys, kept);
  return { docPeople, blocks: [...new Set(keys.flatMap((k) => k.blocks))] };
}
