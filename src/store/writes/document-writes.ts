import type { Insertable, Kysely, Transaction } from "kysely";
import type { Database, DocEventsTable, DocPeopleTable, DocumentsTable, StatementsTable } from "../database.js";
import { fileNames, refileNames } from "../names/person-names.js";

type Db = Kysely<Database> | Transaction<Database>;

export async function documentIdByHash(db: Db, hash: string): Promise<number | undefined> {
  const row = await db.selectFrom("documents").select("id").where("hash", "=", hash).executeTakeFirst();
  return row?.id;
}

export async function insertDocument(db: Db, row: Insertable<DocumentsTable>): Promise<number> {
  const r = await db.insertInto("documents").values(row).returning("id").executeTakeFirstOrThrow();
  return r.id;
}

/** Inserts rows, files their names and aliases (doc_person_names), and returns their ids in order. */
export async function insertDocPeople(db: Db, rows: Insertable<DocPeopleTable>[]): Promise<number[]> {
  if (!rows.length) return [];
  const ids = (await db.insertInto("doc_people").values(rows).returning("id").execute()).map((r) => r.id);
  await fileNames(db, rows.map((r, i) => ({ id: ids[i], name: r.name, aliases: r.aliases })));
  return ids;
}

/** Changes a document person's aliases (and what else the extraction says), filing its names again. */
export async function updateDocPerson(db: Db, id: number, row: Pick<DocPeopleTable, "name" | "local" | "aliases" | "titles" | "mentions" | "block_key">): Promise<void> {
  const { local, aliases, titles, mentions, block_key } = row;
  await db.updateTable("doc_people").set({ local, aliases, titles, mentions, block_key, person_id: null }).where("id", "=", id).execute();
  await refileNames(db, [{ id, name: row.name, aliases }]);
}

export async function insertDocEvents(db: Db, rows: Insertable<DocEventsTable>[]): Promise<number[]> {
  if (!rows.length) return [];
  const out = await db.insertInto("doc_events").values(rows).returning("id").execute();
  return out.map((r) => r.id);
}

export async function insertStatements(db: Db, rows: Insertable<StatementsTable>[]): Promise<void> {
  // SQLite caps the variables of one statement; write in slices.
  for (let i = 0; i < rows.length; i += 60) await db.insertInto("statements").values(rows.slice(i, i + 60)).execute();
}

export async function insertBands(db: Db, documentId: number, bands: string[]): Promise<void> {
  if (bands.length) await db.insertInto("doc_bands").values(bands.map((band) => ({ band, document_id: documentId }))).execute();
}

/** Documents sharing a MinHash band with these, with their signatures. */
export async function documentsSharingBands(db: Db, bands: string[]): Promise<{ id: number; signature: string | null; copy_of: number | null }[]> {
  if (!bands.length) return [];
  return db.selectFrom("doc_bands").innerJoin("documents", "documents.id", "doc_bands.document_id")
    .select(["documents.id", "documents.signature", "documents.copy_of"]).where("doc_bands.band", "in", bands).distinct().execute();
}

/** The content hashes of every stored document. */
export async function knownHashes(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom("documents").select("hash").execute();
  return new Set(rows.map((r) => r.hash));
}

export async function insertPersonBlocks(db: Db, rows: { doc_person_id: number; block: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto("doc_person_blocks").values(rows.slice(i, i + 200)).execute();
}

/**
 * Removes what was extracted from a document before it is extracted again:
 * its events (events of other documents that named one of them as their
 * event await resolution again: pointing at a row that is gone, they would
 * show an event that does not exist), its statements and its people's
 * blocks. Its people stay, to be kept or dropped; returned with their names.
 */
export async function clearExtraction(db: Db, documentId: number): Promise<{ id: number; name: string }[]> {
  const old = await db.selectFrom("doc_people").select(["id", "name"]).where("document_id", "=", documentId).execute();
  const oldEvents = db.selectFrom("doc_events").select("id").where("document_id", "=", documentId);
  await db.updateTable("doc_events").set({ event_id: null }).where("event_id", "in", oldEvents).where("document_id", "!=", documentId).execute();
  await db.deleteFrom("doc_events").where("document_id", "=", documentId).execute();
  await db.deleteFrom("statements").where("document_id", "=", documentId).execute();
  if (old.length) await db.deleteFrom("doc_person_blocks").where("doc_person_id", "in", old.map((o) => o.id)).execute();
  return old;
}

/** Deletes document persons no longer found; the people of other documents whose cluster was named after one of them await resolution again. */
export async function dropDocPeople(db: Db, ids: number[]): Promise<void> {
  await db.updateTable("doc_people").set({ person_id: null }).where("person_id", "in", ids).execute();
  await db.deleteFrom("doc_people").where("id", "in", ids).execute();
}

/** Records which pipeline (components and versions) extracted a document. */
export async function setDocumentPipeline(db: Db, documentId: number, pipeline: string): Promise<void> {
  await db.updateTable("documents").set({ pipeline }).where("id", "=", documentId).execute();
}
