import { openAuditLog, type AuditEntry, type AuditLog, type AuditQuery } from "../../store/audit-log.js";

/** Views are written this often (with whatever else is waiting): one transaction a second, not one per page. */
const FLUSH_MS = 1000;

/**
 * Records who viewed, searched, exported, judged or changed what. Changes
 * (judgements, levels, users, exports) are written at once; views and
 * searches wait up to a second to be written together, and are written on
 * close, so a crash can lose at most the last second of views.
 */
export class AuditTrail {
  private waiting: Omit<AuditEntry, "at">[] = [];
  private timer: NodeJS.Timeout | undefined;
  private constructor(private readonly log: AuditLog) {}

  /** The audit log of the knowledge base at `location` (a SQLite file beside it, or a table of its PostgreSQL database). */
  static async open(location: string): Promise<AuditTrail> {
    return new AuditTrail(await openAuditLog(location));
  }

  /** Where the log is kept, to show. */
  get where(): string {
    return this.log.where;
  }

  /** A view or a search: written within a second (a write that fails then is an unhandled rejection: the process stops, as it should). */
  viewed(user: string, action: string, target: string, detail: string | null = null): void {
    this.waiting.push({ user, action, target, detail });
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** A change or an export: written before the promise settles. */
  async changed(user: string, action: string, target: string, detail: string | null = null): Promise<void> {
    await this.flush();
    await this.log.append([{ user, action, target, detail }]);
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.waiting.length) return;
    const entries = this.waiting;
    this.waiting = [];
    await this.log.append(entries);
  }

  async read(query?: AuditQuery): Promise<AuditEntry[]> {
    await this.flush();
    return this.log.read(query);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.log.close();
  }
}
