import type { FetchOptions } from "../../ingest/fetch/fetch-page.js";
import { postJson } from "../../ingest/fetch/post-json.js";
import type { Store } from "../../store/open-store.js";
import { alertViews } from "./alert-view.js";
import { claimWebhook, dueWebhooks, setWebhookState } from "../../store/watch/alert-rows.js";
import { ownerClearance } from "./watchlists.js";

/** Tries per alert before it is left failed, with its error; the wait doubles from 30 s. */
const MAX_ATTEMPTS = 6;
/** How long a delivery is taken for: a sender that dies mid-POST frees it after this. */
const CLAIM_MS = 60_000;

export interface WebhookOptions { fetch?: Pick<FetchOptions, "allowPrivate" | "allowAddresses" | "resolve" | "timeoutMs">; limit?: number }

/**
 * POSTs the pending alerts to their watchlists' webhooks: each alert is
 * taken first (a claim in the database, so two senders never post it at
 * once), its payload read through the owner's clearance at the moment of
 * sending (an alert the owner may no longer see is withheld, not sent),
 * and marked sent after a 2xx answer; a failure is tried again later with
 * a doubling wait. A sender killed between the POST and the mark sends it
 * again after the claim ends: receivers dedupe on X-Dossier-Alert (the
 * alert's id), which never changes.
 */
export async function deliverWebhooks(store: Store, options: WebhookOptions = {}): Promise<{ sent: number; failed: number }> {
  const now = Date.now();
  const due = await dueWebhooks(store.db, now, options.limit ?? 500);
  const result = { sent: 0, failed: 0 };
  for (const d of due) {
    if (!(await claimWebhook(store.db, d.id, now, now + CLAIM_MS))) continue;
    const clearance = await ownerClearance(store, d.user_name);
    const [view] = clearance && d.webhook ? await alertViews(await store.reader(clearance), d.user_name, { ids: [d.id] }) : [];
    if (!view) {
      await setWebhookState(store.db, d.id, { webhook_state: "withheld", webhook_error: "the owner may not see this alert now" });
      continue;
    }
    try {
      await postJson(d.webhook!, { alert: view }, { "x-dossier-alert": String(d.id) }, options.fetch);
      await setWebhookState(store.db, d.id, { webhook_state: "sent", webhook_attempts: d.webhook_attempts + 1, webhook_error: null });
      result.sent++;
    } catch (err) {
      const attempts = d.webhook_attempts + 1;
      const state = attempts >= MAX_ATTEMPTS ? "failed" : "pending";
      await setWebhookState(store.db, d.id, { webhook_state: state, webhook_attempts: attempts, webhook_error: (err as Error).message, webhook_next_at: Date.now() + 30_000 * 2 ** (attempts - 1) });
      result.failed++;
    }
  }
  return result;
}
