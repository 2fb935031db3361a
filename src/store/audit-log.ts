import type { AuditLog } from "./audit-entry.js";
import { dialectAt } from "./dialects/dialect-of.js";

export { DEFAULT_AUDIT_LIMIT, stamped, type AuditEntry, type AuditLog, type AuditQuery } from "./audit-entry.js";
export { auditFileOf } from "./dialects/sqlite/audit-log.js";

/**
 * The audit log of the knowledge base at `location`: a SQLite file beside a
 * SQLite knowledge base ("dossier.db" keeps it in "dossier.audit.db"), the
 * table `audit` of a PostgreSQL one (migration 012, not watched by the data
 * version). Fails when it cannot be read, so that a change that cannot be
 * logged is not made.
 */
export function openAuditLog(location: string): Promise<AuditLog> {
  return dialectAt(location).openAuditLog(location);
}
