import { sql, type Kysely } from "kysely";
import { DEFAULT_AUDIT_LIMIT, stamped, type AuditEntry, type AuditLog } from "../../audit-entry.js";
import { openPostgres } from "./connection.js";
import { shownLocation } from "../location.js";

/**
 * The audit log of a PostgreSQL knowledge base: the table `audit` beside its
 * tables (made by migration 012, whose triggers refuse an UPDATE, DELETE or
 * TRUNCATE), on a small pool of its own. Its writes do not move the data
 * version (postgresDataVersion), so recording views never invalidates the
 * cached views.
 */
export async function openPostgresAuditLog(url: string): Promise<AuditLog> {
  const db: Kysely<any> = openPostgres(url, { max: 2 });
  try {
    // the table is there (the knowledge base was opened, so migrated) and readable
    await sql`SELECT 1 FROM audit LIMIT 1`.execute(db);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return {
    where: `the table audit of ${shownLocation(url)}`,
    async append(entries) {
      const rows = stamped(entries);
      if (rows.length) await db.insertInto("audit").values(rows).execute();
    },
    async read(query = {}) {
      let q = db.selectFrom("audit").select(["at", "user", "action", "target", "detail"]).orderBy("id", "desc").limit(query.limit ?? DEFAULT_AUDIT_LIMIT).offset(query.offset ?? 0);
      if (query.user) q = q.where("user", "=", query.user);
      if (query.action) q = q.where("action", "=", query.action);
      if (query.since) q = q.where("at", ">=", query.since);
      return (await q.execute()) as AuditEntry[];
    },
    close: () => db.destroy(),
  };
}
