import { openAuditLog, type AuditEntry, type AuditLog, type AuditQuery } from "../store/audit-log.js";

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

  static open(kbFile: string): AuditTrail {
    return new AuditTrail(openAuditLog(kbFile));
  }

  get file(): string {
    return this.log.file;
  }

  /** A view or a search: written within a second. */
  viewed(user: string, action: string, target: string, detail: string | null = null): void {
    this.waiting.push({ user, action, target, detail });
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** A change or an export: written before this returns. */
  changed(user: string, action: string, target: string, detail: string | null = null): void {
    this.flush();
    this.log.append([{ user, action, target, detail }]);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.waiting.length) return;
    const entries = this.waiting;
    this.waiting = [];
    this.log.append(entries);
  }

  read(query?: AuditQuery): AuditEntry[] {
    this.flush();
    return this.log.read(query);
  }

  close(): void {
    this.flush();
    this.log.close();
  }
}
