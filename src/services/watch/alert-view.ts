import type { Store } from "../../store/open-store.js";
import { alertRows, markAlertsRead, visibleText, type AlertRow } from "../../store/watch/alert-rows.js";

/** An alert as a reader sees it: the event, who it happened to, the quote it rests on, and the document. */
export interface AlertView {
  id: number; watchlistId: number; watchlist: string; at: string; read: boolean;
  type: string; person?: { id: number; name: string }; actor?: string; occurred?: string; place?: string; certainty: string;
  quote: string; document: { id: number; title?: string; url?: string; published?: string }; link: string;
}

/** At most this many characters of the evidence sentence. */
const QUOTE_MAX = 400;

function present(row: AlertRow, text: string): AlertView {
  const quote = text.slice(row.start, row.end).replace(/\s+/g, " ").trim();
  return {
    id: row.id, watchlistId: row.watchlist_id, watchlist: row.watchlist, at: row.created_at, read: row.read_at !== null,
    type: row.type, ...(row.person !== null ? { person: { id: row.person_id ?? row.doc_person_id!, name: row.person } } : {}),
    ...(row.actor ? { actor: row.actor } : {}), ...(row.occurred ? { occurred: row.occurred } : {}), ...(row.place ? { place: row.place } : {}),
    certainty: row.certainty, quote: quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 1)}…` : quote,
    document: { id: row.document_id, ...(row.title ? { title: row.title } : {}), ...(row.url ? { url: row.url } : {}), ...(row.published ? { published: row.published } : {}) },
    link: `/documents/${row.document_id}#span-${row.start}-${row.end}`,
  };
}

/**
 * A user's alerts as `reader` (their clearance) shows them: every field read
 * through the reader's views, so an event or document above the clearance
 * gives no alert at all, and a protected name comes masked.
 */
export async function alertViews(reader: Store, user: string, options: Parameters<typeof alertRows>[2] = {}): Promise<AlertView[]> {
  const rows = await alertRows(reader.db, user, options);
  const texts = new Map<number, string>();
  for (const r of rows) if (!texts.has(r.document_id)) texts.set(r.document_id, await visibleText(reader.db, r.document_id));
  return rows.map((r) => present(r, texts.get(r.document_id)!));
}

/** Marks a user's alerts read (these ids, or all of a watchlist, or all). */
export async function markRead(store: Store, user: string, which: { ids?: number[]; watchlist?: number }): Promise<void> {
  await markAlertsRead(store.db, user, which);
}
