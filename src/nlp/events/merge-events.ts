import type { EventMention } from "../../text/doc.js";

const compatible = (a?: string, b?: string) => !a || !b || a.startsWith(b) || b.startsWith(a);
const moreSpecific = (a?: string, b?: string) => ((a?.length ?? 0) >= (b?.length ?? 0) ? a : b);

/**
 * One event per real-world event: mentions of the same type for the same
 * person whose dates agree (2016 and 2016-08 agree; an undated mention
 * agrees with any) are one, keeping the most precise date; dates that
 * differ are different events ("in prison since 2017" and "sentenced on
 * Monday"). A date given only by the day of the news (`weak`) agrees with
 * any and gives way to a date the text states.
 */
export function mergeEvents(events: EventMention[], weak: ReadonlySet<EventMention> = new Set()): EventMention[] {
  const out: EventMention[] = [];
  // Kept events by person and type: a person has few events of one type, so the lookup stays short.
  const kept = new Map<string, EventMention[]>();
  for (const e of events) {
    if (e.person === undefined) { out.push(e); continue; }
    const key = `${e.person} ${e.type}`;
    // A date from the day of the news ("has executed") agrees with any date the text states for the event.
    const same = kept.get(key)?.find((o) => compatible(o.when, e.when) || weak.has(o) || weak.has(e));
    if (!same) { out.push(e); kept.set(key, [...(kept.get(key) ?? []), e]); continue; }
    if (e.when && (!same.when || (weak.has(same) && !weak.has(e)))) {
      same.where = e.where ?? same.where;
      same.support = e.support;
      same.when = e.when;
      if (!weak.has(e)) (weak as Set<EventMention>).delete(same);
    } else if (compatible(same.when, e.when)) same.when = moreSpecific(same.when, e.when);
    same.disclosed ??= e.disclosed;
    same.where ??= e.where;
    same.attribution ??= e.attribution;
    if (same.certainty === "confirmed" && e.certainty !== "confirmed" && !e.attribution) same.certainty = e.certainty;
  }
  return out;
}
