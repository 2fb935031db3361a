import type { EventMention } from "../../text/doc.js";

/**
 * A document's events grouped by a key (a person, a type, both) in text
 * order, so that the passes that look for "the previous event of this
 * person" stay linear in long documents: each lookup is a binary search.
 */
export class EventsBy {
  private readonly groups = new Map<string, EventMention[]>();

  constructor(events: EventMention[], private readonly key: (e: EventMention) => string | undefined) {
    for (const e of [...events].sort((a, b) => a.evidence.start - b.evidence.start)) {
      const k = key(e);
      if (k === undefined) continue;
      const list = this.groups.get(k);
      if (list) list.push(e); else this.groups.set(k, [e]);
    }
  }

  get(key: string): EventMention[] {
    return this.groups.get(key) ?? [];
  }

  /** The events under `key` whose evidence starts before `offset`, the last one last. */
  before(key: string, offset: number): EventMention[] {
    const list = this.get(key);
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].evidence.start < offset) lo = mid + 1; else hi = mid;
    }
    return list.slice(Math.max(0, lo - 8), lo);
  }
}
