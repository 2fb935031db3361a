/** One line of the audit log: who did what to what, when. */
export interface AuditEntry {
  at: string;
  user: string;
  /** view, search, export, judge, undo, protect, level, sign-in, sign-in failed, sign-out, denied (an access refused: 401, 403, 404, 413, 429), invalid (input that failed validation), user, token. */
  action: string;
  /** What was acted on: "/people/12", "person 12", "export json". */
  target: string;
  detail: string | null;
}

/** Which entries to read, newest first: by user, by action, from `since`, a page of `limit` after skipping `offset`. */
export interface AuditQuery { user?: string; action?: string; since?: string; limit?: number; offset?: number }

/**
 * The audit log of a knowledge base: append-only (the database refuses an
 * UPDATE or DELETE), and kept apart from the data whose writes invalidate
 * the cached views, so that recording every page view never does.
 */
export interface AuditLog {
  /** Where it is kept, to show: a file, or a table of the knowledge base's database. */
  where: string;
  append(entries: readonly Omit<AuditEntry, "at">[] | readonly AuditEntry[]): Promise<void>;
  read(query?: AuditQuery): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

/** How many entries a read gives when the query does not say. */
export const DEFAULT_AUDIT_LIMIT = 1000;

/** Entries stamped with one time, those that have one kept as they are. */
export const stamped = (entries: readonly Omit<AuditEntry, "at">[] | readonly AuditEntry[]): AuditEntry[] => {
  const at = new Date().toISOString();
  return entries.map((e) => ({ at, ...e, detail: e.detail ?? null }));
};
