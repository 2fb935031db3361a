import Database from "better-sqlite3";
import { sql } from "kysely";
import { auditFileOf } from "../../../src/store/audit-log.js";
import type { Store } from "../../../src/store/open-store.js";

/**
 * For tests: runs a statement on the audit log of a knowledge base as
 * someone with the database in hand would (the SQLite file beside it, or
 * the table in its PostgreSQL database), to show that it refuses changes.
 */
export async function changeAuditLog(store: Store, statement: string): Promise<void> {
  if (store.dialect.name === "postgres") {
    await sql.raw(statement).execute(store.db);
    return;
  }
  const raw = new Database(auditFileOf(store.location));
  try {
    raw.prepare(statement).run();
  } finally {
    raw.close();
  }
}
