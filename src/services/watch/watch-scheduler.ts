import type { Store } from "../../store/open-store.js";
import { nextDue } from "../../store/watch/source-rows.js";
import { runWatchPass, type PassSummary, type WatchOptions } from "./watch-pass.js";

export interface Scheduler { stop(): Promise<void> }

/** The longest sleep between two looks: sources added meanwhile (by another process) and webhooks to retry are seen within it. */
const MAX_SLEEP_MS = 30_000;

/**
 * Runs watch passes on the sources' schedules until stopped: a pass, then a
 * sleep until the next source falls due (at most 30 s). Every pass also
 * matches events stored by other means (dossier ingest, a worker) and
 * retries webhooks. A failed pass is reported and the loop goes on.
 */
export function startWatchScheduler(store: Store, options: WatchOptions & { report?: (err: unknown) => void; onPass?: (p: PassSummary) => void } = {}): Scheduler {
  let stopped = false;
  let wake: () => void = () => undefined;
  const loop = (async () => {
    while (!stopped) {
      try {
        const pass = await runWatchPass(store, options);
        options.onPass?.(pass);
      } catch (err) {
        if (!stopped) options.report?.(err);
      }
      if (stopped) break;
      const due = await nextDue(store.db).catch(() => undefined);
      const wait = Math.max(1000, Math.min(MAX_SLEEP_MS, due === undefined ? MAX_SLEEP_MS : due - Date.now()));
      await new Promise<void>((resolve) => { const t = setTimeout(resolve, wait); wake = () => { clearTimeout(t); resolve(); }; });
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake();
      await loop;
    },
  };
}
