import type { EventMention } from "../../text/doc.js";

const compatible = (a?: string, b?: string) => !a || !b || a.startsWith(b) || b.startsWith(a);
const moreSpecific = (a?: string, b?: string) => ((a?.length ?? 0) >= (b?.length ?? 0) ? a : b);

/**
 * One event per real-world event: mentions of the same type for the same
 * person whose dates agree (2016 and 2016-08 agree) are one, keeping the most
 * precise date; dates that differ are different events ("in prison since
 * 2017" and "sentenced on Monday").
 */
export function mergeEvents(events: EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  for (const e of events) {
    if (e.person === undefined) { out.push(e); continue; }
    // A date guessed from the publication date does not keep two mentions apart.
    const agree = (o: EventMention) => !o.whenStated || !e.whenStated || compatible(o.when, e.when);
    const same = out.find((o) => o.person === e.person && o.type === e.type && agree(o));
    if (!same) { out.push(e); continue; }
    // A date the sentence states beats one guessed from the publication date.
    if (e.whenStated && !same.whenStated) { same.when = e.when; same.whenStated = true; same.where = e.where ?? same.where; }
    else if (e.whenStated === same.whenStated) same.when = moreSpecific(same.when, e.when);
    same.disclosed ??= e.disclosed;
    same.where ??= e.where;
    same.attribution ??= e.attribution;
    if (same.certainty === "confirmed" && e.certainty !== "confirmed" && !e.attribution) same.certainty = e.certainty;
  }
  return out;
}
