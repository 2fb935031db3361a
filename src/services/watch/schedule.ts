import { DossierError } from "../../errors.js";

/** The longest wait after failures in a row. */
const MAX_BACKOFF_SECONDS = 24 * 3600;

/** "30m", "2h", "90s", "1d" -> seconds; at least a minute (a source is a site's server, not ours). */
export function parseEvery(text: string): number {
  const m = /^(\d+)\s*(s|m|h|d)?$/i.exec(text.trim());
  const seconds = m ? Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? "s").toLowerCase() as "s"] : NaN;
  if (!(seconds >= 60) || seconds > 30 * 86400) throw new DossierError("usage", `--every must be a duration from 1m to 30d, such as 30m, 2h or 1d, not "${text}"`);
  return seconds;
}

/** "1800" -> "30m": a schedule as people write it. */
export function formatEvery(seconds: number): string {
  for (const [unit, size] of [["d", 86400], ["h", 3600], ["m", 60]] as const) if (seconds % size === 0) return `${seconds / size}${unit}`;
  return `${seconds}s`;
}

/**
 * When to try a source again after `failures` failures in a row: its
 * interval doubled for each (1 failure: 2x, 2: 4x, …), at most a day, and
 * no sooner than the server's Retry-After asks.
 */
export function backoffSeconds(everySeconds: number, failures: number, retryAfterSeconds = 0): number {
  const doubled = everySeconds * 2 ** Math.min(failures, 20);
  return Math.max(Math.min(doubled, MAX_BACKOFF_SECONDS), retryAfterSeconds);
}
