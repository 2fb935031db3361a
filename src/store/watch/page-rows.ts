import type { Kysely, Selectable, Transaction } from "kysely";
import type { Database } from "../database.js";
import type { PagesTable, SourceItemsTable } from "./watch-tables.js";

type Db = Kysely<Database> | Transaction<Database>;

export async function pageByUrl(db: Db, url: string): Promise<(Selectable<PagesTable> & { hash: string }) | undefined> {
  return db.selectFrom("pages").innerJoin("documents", "documents.id", "pages.document_id")
    .select(["pages.url", "pages.document_id", "pages.versions", "pages.etag", "pages.last_modified", "pages.fetched_at", "pages.gone_at", "documents.hash"])
    .where("pages.url", "=", url).executeTakeFirst();
}

/**
 * Files a document as the next version of a page (version 1 for a page not
 * seen before), with the validators its answer carried.
 */
export async function fileVersion(db: Db, url: string, documentId: number, validators: { etag?: string; lastModified?: string }, at: string): Promise<number> {
  const page = await db.selectFrom("pages").select("versions").where("url", "=", url).executeTakeFirst();
  const version = (page?.versions ?? 0) + 1;
  await db.insertInto("page_versions").values({ url, version, document_id: documentId, fetched_at: at }).execute();
  const row = { document_id: documentId, versions: version, etag: validators.etag ?? null, last_modified: validators.lastModified ?? null, fetched_at: at, gone_at: null };
  if (page) await db.updateTable("pages").set(row).where("url", "=", url).execute();
  else await db.insertInto("pages").values({ url, ...row }).execute();
  return version;
}

/** A page fetched again: its validators, or that it is gone (404, 410). */
export async function touchPage(db: Db, url: string, change: Partial<Pick<PagesTable, "etag" | "last_modified" | "fetched_at" | "gone_at">>): Promise<void> {
  await db.updateTable("pages").set(change).where("url", "=", url).execute();
}

export async function itemOf(db: Db, sourceId: number, url: string): Promise<Selectable<SourceItemsTable> | undefined> {
  return db.selectFrom("source_items").selectAll().where("source_id", "=", sourceId).where("url", "=", url).executeTakeFirst();
}

/** What happened to an item of a source, this time. */
export async function recordItem(db: Db, row: Selectable<SourceItemsTable>): Promise<void> {
  const { stamp, status, error, seen_at } = row;
  await db.insertInto("source_items").values(row)
    .onConflict((oc) => oc.columns(["source_id", "url"]).doUpdateSet({ stamp, status, error, seen_at })).execute();
}

/** Items of a source with an error, newest first: the reasons a status shows. */
export async function itemErrors(db: Db, sourceId: number, limit = 20): Promise<{ url: string; error: string | null; seen_at: string }[]> {
  return db.selectFrom("source_items").select(["url", "error", "seen_at"]).where("source_id", "=", sourceId).where("status", "=", "error")
    .orderBy("seen_at", "desc").limit(limit).execute();
}

/** Items of each source by status. */
export async function itemCounts(db: Db): Promise<{ source_id: number; status: string; n: number }[]> {
  const rows = await db.selectFrom("source_items").select(["source_id", "status", (eb) => eb.fn.countAll<number>().as("n")]).groupBy(["source_id", "status"]).execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
