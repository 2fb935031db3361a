import Database from "better-sqlite3";
import { DEFAULT_AUDIT_LIMIT, stamped, type AuditEntry, type AuditLog } from "../../audit-entry.js";

/**
 * "dossier.db" keeps its audit log in "dossier.audit.db": a file of its own,
 * so that recording every page view never changes the knowledge base (whose
 * cached views are rebuilt after a write), and so that the log can be kept
 * or shipped apart. Rows can be added, never changed or deleted: triggers
 * abort an UPDATE or DELETE.
 */
export const auditFileOf = (kbFile: string): string => `${kbFile.replace(/^sqlite:/, "").replace(/\.(?:db|sqlite3?)$/i, "")}.audit.db`;

export function openSqliteAuditLog(kbFile: string): AuditLog {
  const file = auditFileOf(kbFile);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(`CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL,
      action TEXT NOT NULL, target TEXT NOT NULL, detail TEXT);
    CREATE INDEX IF NOT EXISTS audit_user_at ON audit(user, at);
    CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
    CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;`);
  const insert = db.prepare("INSERT INTO audit (at, user, action, target, detail) VALUES (@at, @user, @action, @target, @detail)");
  const appendAll = db.transaction((entries: AuditEntry[]) => {
    for (const e of entries) insert.run(e);
  });
  return {
    where: file,
    async append(entries) {
      appendAll(stamped(entries));
    },
    async read(query = {}) {
      const where: string[] = [];
      const params: Record<string, unknown> = { limit: query.limit ?? DEFAULT_AUDIT_LIMIT, offset: query.offset ?? 0 };
      if (query.user) { where.push("user = @user"); params.user = query.user; }
      if (query.action) { where.push("action = @action"); params.action = query.action; }
      if (query.since) { where.push("at >= @since"); params.since = query.since; }
      return db.prepare(`SELECT at, user, action, target, detail FROM audit ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
        ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params) as AuditEntry[];
    },
    close: async () => { db.close(); },
  };
}
