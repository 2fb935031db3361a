import { performance } from "node:perf_hooks";

/** Latency percentiles in milliseconds. */
export interface Latency { p50: number; p95: number; p99: number; max: number }

/** What one route did under load. */
export interface LoadResult {
  requests: number;
  errors: number;
  /** The first few failures ("500 /people/12"). */
  failures: string[];
  seconds: number;
  perSecond: number;
  latency: Latency;
  meanBytes: number;
}

export interface LoadOptions {
  /** Requests in flight at once (each a connection: fetch keeps them alive). */
  connections: number;
  /** Stop after this many requests… */
  maxRequests: number;
  /** …or this many seconds, whichever comes first. */
  maxSeconds: number;
}

export function latencyOf(ms: readonly number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

/** One GET, timed until its body is read. */
async function timedGet(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const start = performance.now();
  try {
    const res = await fetch(url, { redirect: "manual" });
    const body = await res.arrayBuffer();
    return { ms: performance.now() - start, status: res.status, bytes: body.byteLength };
  } catch {
    return { ms: performance.now() - start, status: 0, bytes: 0 };
  }
}

/**
 * A closed loop: `connections` clients, each sending its next request when
 * the last one is answered, until `maxRequests` have been sent or
 * `maxSeconds` have passed. `nextPath` picks each request's path.
 */
export async function runLoad(base: string, nextPath: () => string, options: LoadOptions): Promise<LoadResult> {
  const ms: number[] = [];
  const failures: string[] = [];
  let [sent, errors, bytes] = [0, 0, 0];
  const start = performance.now();
  const deadline = start + options.maxSeconds * 1000;
  const client = async (): Promise<void> => {
    while (sent < options.maxRequests && performance.now() < deadline) {
      sent++;
      const path = nextPath();
      const r = await timedGet(base + path);
      ms.push(r.ms);
      bytes += r.bytes;
      if (r.status !== 200) {
        errors++;
        if (failures.length < 5) failures.push(`${r.status || "no answer"} ${path}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  const seconds = (performance.now() - start) / 1000;
  return { requests: ms.length, errors, failures, seconds, perSecond: ms.length / seconds, latency: latencyOf(ms), meanBytes: ms.length ? bytes / ms.length : 0 };
}
