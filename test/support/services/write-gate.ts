import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

/**
 * A third PostgreSQL connection that holds one table of a knowledge base in
 * SHARE mode: other transactions still read it (and reference its rows),
 * but wait at their first INSERT, UPDATE or DELETE of it. Two resolvers run
 * against a closed gate both do their reading first; once both are seen
 * waiting on a lock (at the gate, or at the resolution lock behind the
 * other), the gate opens. Races that depend on luck become certain.
 */
export interface WriteGate {
  /** Waits until `count` connections of this process are waiting on a lock (the stores name their connections after the process). */
  untilWaiting(count: number): Promise<void>;
  /** Commits the gate's transaction: the waiting writes go ahead. */
  open(): Promise<void>;
}

export async function closeTable(location: string, table: "judgements" | "doc_people"): Promise<WriteGate> {
  const gate = new pg.Client({ connectionString: location });
  await gate.connect();
  await gate.query("BEGIN");
  await gate.query(`LOCK TABLE ${table} IN SHARE MODE`);
  const waiting = async (): Promise<number> => {
    const { rows } = await gate.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'", [`dossier ${process.pid}`]);
    return rows[0].n;
  };
  return {
    async untilWaiting(count) {
      // a bound so that a transaction that never reaches its write fails the test instead of hanging it
      for (let tries = 0; (await waiting()) < count; tries++) {
        if (tries === 500) throw new Error(`fewer than ${count} transactions came to wait at the ${table} gate within 5 s`);
        await sleep(10);
      }
    },
    async open() {
      await gate.query("COMMIT");
      await gate.end();
    },
  };
}

/**
 * Runs the operations at once against a closed gate on `table`, and opens it
 * when all of them wait on a lock; fails with the first operation's error.
 */
export async function atOnceThroughGate(location: string, table: "judgements" | "doc_people", operations: (() => Promise<unknown>)[]): Promise<void> {
  const gate = await closeTable(location, table);
  const runs = operations.map((operation) => operation());
  let stuck: unknown;
  try {
    await gate.untilWaiting(runs.length);
  } catch (err) {
    stuck = err;
  } finally {
    await gate.open();
  }
  for (const run of await Promise.allSettled(runs)) if (run.status === "rejected") throw run.reason;
  if (stuck) throw stuck;
}
