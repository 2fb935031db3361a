import { DossierError } from "../../errors.js";
import { canonicalUrl } from "../../ingest/feeds/canonical-url.js";
import { isLevel, LEVELS } from "../../model/levels.js";
import type { Store } from "../../store/open-store.js";
import { itemCounts, itemErrors } from "../../store/watch/page-rows.js";
import { deleteSource, listSources, sourceById, sourceByUrl, upsertSource, type SourceRow } from "../../store/watch/source-rows.js";

export interface NewSource { every?: number; level?: string; allowPrivate?: boolean; by?: string }

/** Follows a feed, sitemap or listing page (or changes how an already followed one is followed); it is due at once. */
export async function addSource(store: Store, url: string, options: NewSource = {}): Promise<SourceRow> {
  const canonical = canonicalUrl(url);
  if (!canonical) throw new DossierError("usage", `"${url}" is not an http(s) URL`);
  const level = options.level ?? "public";
  if (!isLevel(level)) throw new DossierError("usage", `--level must be one of ${LEVELS.join(", ")}`);
  const id = await upsertSource(store.db, {
    url: canonical, every_seconds: options.every ?? 1800, level, allow_private: options.allowPrivate ? 1 : 0,
    added_by: options.by ?? "local", added_at: new Date().toISOString(),
  });
  return (await sourceById(store.db, id))!;
}

/** A source by id ("3") or URL. */
export async function findSource(store: Store, ref: string): Promise<SourceRow> {
  const found = /^\d+$/.test(ref) ? await sourceById(store.db, Number(ref)) : await sourceByUrl(store.db, canonicalUrl(ref) ?? ref);
  if (!found) throw new DossierError("entity_not_found", `no followed source ${/^\d+$/.test(ref) ? `with id ${ref}` : ref}`);
  return found;
}

/** Stops following a source; what it brought stays in the knowledge base. */
export async function removeSource(store: Store, ref: string): Promise<SourceRow> {
  const source = await findSource(store, ref);
  await deleteSource(store.db, source.id);
  return source;
}

/** A source as a status shows it: its row, items by what became of them, and the latest item errors with their reasons. */
export interface SourceStatus extends SourceRow {
  items: Record<string, number>;
  itemErrors: { url: string; error: string | null; seen_at: string }[];
  /** Being read now (a lease held). */
  running: boolean;
}

export async function sourceStatuses(store: Store, options: { errors?: number } = {}): Promise<SourceStatus[]> {
  const [sources, counts] = await Promise.all([listSources(store.db), itemCounts(store.db)]);
  const now = Date.now();
  return Promise.all(sources.map(async (s) => {
    const items: Record<string, number> = {};
    for (const c of counts) if (c.source_id === s.id) items[c.status] = c.n;
    const errors = items.error ? await itemErrors(store.db, s.id, options.errors ?? 5) : [];
    return { ...s, next_fetch_at: Number(s.next_fetch_at), lease_until: Number(s.lease_until), items, itemErrors: errors, running: Number(s.lease_until) > now };
  }));
}
