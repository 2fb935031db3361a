import { subjectSchemas, type SubjectKind } from "../../model/properties.js";
import type { Span } from "../../text/span.js";

/** The review state of a statement: pending until an analyst judges it (see fact-effects.ts). */
export type Review = "pending" | "accepted" | "rejected" | "edited";
export const REVIEWS: readonly Review[] = ["pending", "accepted", "rejected", "edited"];

/** A statement as projection reads it: stored ones, and the values analysts set (`analyst`). */
export interface FactStatement {
  prop: string;
  value: string;
  spans: Span[];
  review: Review;
  /** Set by an analyst's judgement rather than extracted. */
  analyst?: boolean;
  /** Who set it ("analyst:ana") or what extracted it ("events@1"), when known. */
  producer?: string;
}

/** The columns of a subject's row that its statements give (doc_people or doc_events), by column name. */
export type ProjectedRow = Record<string, string | number | null>;

/** Statements that count: neither rejected nor replaced by an analyst's value. */
const counts = (s: FactStatement): boolean => s.review !== "rejected" && s.review !== "edited";

const bySpan = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`)).sort(bySpan);
}

/** "doc_person:12" -> 12. */
export const subjectId = (ref: string): number | null => (/^doc_(?:person|event):\d+$/.test(ref) ? Number(ref.slice(ref.indexOf(":") + 1)) : null);

/**
 * The row of one subject from its statements, as schema/properties.yaml
 * says: a one-valued property takes the analyst's value, else the first
 * extracted one; a list keeps every value once, in order. `mentions` are the
 * spans of the names and aliases that count; `evidence` the first span of
 * the event's type. Plus the row's review (its type statement's) and the
 * properties analysts set. Every writer and the rebuild use this function,
 * so a row always equals what its statements say.
 */
export function projectSubject(kind: SubjectKind, statements: FactStatement[]): ProjectedRow {
  const schema = subjectSchemas().get(kind)!;
  const row: ProjectedRow = {};
  const mentions: Span[] = [];
  // A rejected event keeps what its source said (it is read nowhere, and undo needs nothing rebuilt by hand).
  const type = statements.find((s) => s.prop === "type" && !s.analyst);
  const rejected = kind === "event" && type?.review === "rejected";
  for (const p of schema.properties) {
    const own = statements.filter((s) => s.prop === p.name);
    const valid = rejected ? own.filter((s) => !s.analyst) : own.filter(counts);
    if (p.spans === "mentions") for (const s of valid) mentions.push(...s.spans);
    if (p.spans === "evidence") {
      // the source's evidence, also when an analyst set another value (theirs has no span)
      const extracted = own.filter((s) => !s.analyst);
      const first = (extracted.find(counts) ?? extracted[0])?.spans[0];
      row.start = first?.start ?? 0;
      row.end = first?.end ?? 0;
    }
    if (!p.column) continue;
    if (p.one) {
      const chosen = valid.filter((s) => s.analyst).at(-1) ?? valid.find((s) => !s.analyst);
      row[p.column] = chosen === undefined ? null : p.type === "person" ? subjectId(chosen.value) : chosen.value;
    } else {
      row[p.column] = JSON.stringify([...new Set(valid.map((s) => s.value))]);
    }
  }
  if (schema.properties.some((p) => p.spans === "mentions")) row.mentions = JSON.stringify(uniqueSpans(mentions));
  if (kind === "event") {
    row.review = rejected ? "rejected" : statements.some((s) => s.review === "accepted" || s.analyst) ? "accepted" : "pending";
    const corrected = [...new Set(statements.filter((s) => s.analyst).map((s) => s.prop))];
    row.corrected = corrected.length ? JSON.stringify(corrected) : null;
  }
  return row;
}
