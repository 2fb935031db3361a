/** A document's event as the resolver groups them. */
export interface EventRow {
  id: number;
  personId: number;
  type: string;
  /** The date a source states, or null when it does not date the event. */
  occurred: string | null;
  documentId: number;
  /** The rank of the row's level (public 0): the event is named by its least secret row, the smallest id among those. */
  rank?: number;
}

export interface EventCluster {
  id: number;
  members: EventRow[];
  /** Two stated dates that disagree, for a type that happens once. */
  conflict?: [EventRow, EventRow];
}

const DAY_MS = 86_400_000;
/**
 * Dates that can be one event's: one a prefix of the other (2016, 2016-08,
 * 2016-08-17), or two days at most a week apart: sources that date news
 * by their own day ("has been arrested", "on Wednesday") differ by a day or
 * two about one arrest, and a person is rarely arrested twice in a week.
 */
const agree = (a: string, b: string) =>
  a.startsWith(b) || b.startsWith(a) || (a.length === 10 && b.length === 10 && Math.abs(Date.parse(a) - Date.parse(b)) <= 7 * DAY_MS);

/**
 * One event per real-world event: a person's events of one type whose stated
 * dates agree (2016, 2016-08, 2016-08-17) are one; an undated report joins
 * the first. For a type that happens once (death, execution) every report is
 * the same event, and disagreeing dates are a conflict to review.
 */
export function clusterEvents(rows: EventRow[], once: (type: string) => boolean): EventCluster[] {
  const groups = new Map<string, EventRow[]>();
  for (const r of rows) {
    const k = `${r.personId}|${r.type}`;
    const g = groups.get(k);
    if (g) g.push(r); else groups.set(k, [r]);
  }
  const clusters: EventCluster[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => (b.occurred?.length ?? 0) - (a.occurred?.length ?? 0) || a.id - b.id);
    const local: EventCluster[] = [];
    for (const r of sorted) {
      const date = r.occurred;
      const home = local.find((c) => once(r.type) || !date || c.members.every((m) => !m.occurred || agree(m.occurred, date)));
      if (!home) { local.push({ id: r.id, members: [r] }); continue; }
      home.members.push(r);
      const named = home.members.find((m) => m.id === home.id)!;
      if ((r.rank ?? 0) - (named.rank ?? 0) < 0 || ((r.rank ?? 0) === (named.rank ?? 0) && r.id < home.id)) home.id = r.id;
      const clash = date && home.members.find((m) => m.occurred && !agree(m.occurred, date));
      if (clash && !home.conflict) home.conflict = [clash, r];
    }
    clusters.push(...local);
  }
  return clusters;
}
