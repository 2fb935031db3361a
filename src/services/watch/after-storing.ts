import type { FetchOptions } from "../../ingest/fetch/fetch-page.js";
import type { Store } from "../../store/open-store.js";
import { deliverWebhooks } from "./deliver-webhooks.js";
import { matchAlerts } from "./match-alerts.js";

/** What follows the storing of new articles: alerts for the watchlists, and their webhooks. */
export async function afterStoring(store: Store, fetch: FetchOptions): Promise<{ alerts: number; webhooks: { sent: number; failed: number } }> {
  const alerts = await matchAlerts(store);
  return { alerts, webhooks: await deliverWebhooks(store, { fetch }) };
}
