import type { Kysely } from "kysely";
import type { Database } from "../database.js";

/** One stored version of a page that names a person, with the events that version tells about them. */
export interface StoryVersion { key: string; version: number; documentId: number; fetchedAt: string; title: string | null; url: string | null; events: string[] }

/**
 * The pages that changed (two or more versions stored) among a person's
 * documents, every version `reader` may see, with the person's events in
 * each ("detention 2024-04"). Titles and URLs come from the reader's
 * documents (masked where they must be), never from page_versions.
 */
export async function storyVersions(reader: Kysely<Database>, personId: number): Promise<StoryVersion[]> {
  const rows = await reader.selectFrom("doc_people").select(["id", "document_id"])
    .where((eb) => eb.or([eb("person_id", "=", personId), eb.and([eb("person_id", "is", null), eb("id", "=", personId)])])).execute();
  if (!rows.length) return [];
  const mine = new Set(rows.map((r) => r.id));
  const changed = await reader.selectFrom("page_versions as v").innerJoin("pages as p", "p.url", "v.url").select("v.url")
    .where("v.document_id", "in", [...new Set(rows.map((r) => r.document_id))].slice(0, 500)).where("p.versions", ">", 1).distinct().execute();
  if (!changed.length) return [];
  const versions = await reader.selectFrom("page_versions as v").innerJoin("documents as d", "d.id", "v.document_id")
    .select(["v.url as key", "v.version", "v.document_id", "v.fetched_at", "d.title", "d.url"]).where("v.url", "in", changed.map((c) => c.url)).orderBy("v.url").orderBy("v.version").execute();
  const events = await reader.selectFrom("doc_events").select(["document_id", "type", "occurred", "doc_person_id"])
    .where("document_id", "in", versions.map((v) => v.document_id).concat(-1)).execute();
  return versions.map((v) => ({
    key: v.key, version: v.version, documentId: v.document_id, fetchedAt: v.fetched_at, title: v.title, url: v.url,
    events: [...new Set(events.filter((e) => e.document_id === v.document_id && e.doc_person_id !== null && mine.has(e.doc_person_id))
      .map((e) => `${e.type}${e.occurred ? ` ${e.occurred}` : ""}`))],
  }));
}
