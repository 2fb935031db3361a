import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";

/** Time spent in SQLite per statement shape, measured around the native calls. */
export interface SqlTiming { sql: string; calls: number; ms: number }

type Method = "run" | "all" | "get" | "iterate";

/** "insert into x (a, b) values (?, ?), (?, ?)" -> "insert into x (a, b) values (?, ?) ×2", "in (?, ?, ?)" -> "in (?…)". */
function shape(sql: string): string {
  return sql
    .replace(/\s+/g, " ")
    .replace(/in \((?:\?, )*\?\)/g, "in (?…)")
    .replace(/(values \([^)]*\))(?:, \([^)]*\))+/, "$1 ×n")
    .slice(0, 160);
}

/**
 * Wraps run/all/get/iterate of every better-sqlite3 statement in this
 * process, so that a diagnostic run can tell which statements the time goes
 * to (FTS5 triggers count in the INSERT that fires them). Returns a reader
 * of the totals and of when a statement matching `mark` last ran.
 */
export function timeSqlStatements(mark: RegExp): { totals(): SqlTiming[]; lastMarked(): number } {
  const probe = new Database(":memory:");
  const proto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<Method, (...args: unknown[]) => unknown> & { source: string };
  probe.close();
  const totals = new Map<string, SqlTiming>();
  let lastMarked = 0;
  for (const method of ["run", "all", "get"] as const) {
    const original = proto[method];
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const end = performance.now();
        const key = shape(this.source);
        const t = totals.get(key) ?? { sql: key, calls: 0, ms: 0 };
        t.calls++;
        t.ms += end - start;
        totals.set(key, t);
        if (mark.test(this.source)) lastMarked = end;
      }
    };
  }
  return { totals: () => [...totals.values()].sort((a, b) => b.ms - a.ms), lastMarked: () => lastMarked };
}
