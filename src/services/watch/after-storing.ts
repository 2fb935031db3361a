import type { FetchOptions } from "../../ingest/fetch/fetch-page.js";
import type { Store } from "../../store/open-store.js";

/** What follows the storing of new articles: alerts for the watchlists, and their webhooks. */
export async function afterStoring(_store: Store, _fetch: FetchOptions): Promise<{ alerts: number; webhooks: { sent: number; failed: number } }> {
  return { alerts: 0, webhooks: { sent: 0, failed: 0 } };
}
