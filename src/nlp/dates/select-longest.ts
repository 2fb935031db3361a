import type { Candidate } from "./candidate.js";

/**
 * Settles overlaps: of candidates that overlap, the longest stays ("August
 * 17, 2016" over "2016"); between equally long ones, the first found. The
 * result is sorted by start.
 */
export function selectLongest(candidates: Candidate[]): Candidate[] {
  const sorted = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end || a.order - b.order);
  const chosen: Candidate[] = [];
  for (const { c } of sorted) {
    const last = chosen[chosen.length - 1];
    if (!last || c.start >= last.end) chosen.push(c);
    else if (c.end - c.start > last.end - last.start) chosen[chosen.length - 1] = c;
  }
  return chosen;
}
