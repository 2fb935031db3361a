import type { Span } from "../../text/span.js";
import type { FactStatement, Review } from "./project-facts.js";

/**
 * Anchors name what a fact judgement applies to by content, not by row id,
 * so that a judgement survives re-extraction: an event by its document and
 * the span of its evidence, a person by its document and name, a statement
 * by its subject's anchor, property, value and first span. When the
 * evidence changes, the anchor no longer matches and the judgement is
 * reopened for review instead of being applied to something else.
 */
export const eventAnchor = (documentId: number, evidence: Span): string => `e/${documentId}/${evidence.start}-${evidence.end}`;
export const personAnchor = (documentId: number, name: string): string => `p/${documentId}/${name}`;
export const statementAnchor = (row: string, s: { prop: string; value: string; spans: Span[] }): string =>
  `${row}#${s.prop}=${s.value}@${s.spans[0]?.start ?? 0}-${s.spans[0]?.end ?? 0}`;

/** The document an anchor is in. */
export const anchorDocument = (anchor: string): number => Number(anchor.split("/")[1]);

/** An active fact judgement as its effects need it. */
export interface FactJudgement {
  id: number;
  action: "accept" | "reject" | "set" | "settle";
  prop: string | null;
  /** For settle: the value chosen, or null to keep both sources' values. */
  value: string | null;
  anchors: string[];
  by: string;
}

/** A subject row with its anchor and its stored statements (with ids and anchors), as effects read them. */
export interface SubjectFacts {
  anchor: string;
  statements: (FactStatement & { id?: number; anchor: string })[];
}

const ONE_VALUED_SETTLE = "occurred";

/**
 * Applies analysts' judgements, oldest first, to subjects' statements:
 * accept and reject set the review of a statement (or of every statement of
 * an event); set replaces a property's extracted values (reviewed "edited")
 * by the analyst's, or adds one to a list (a post); settle sets the date
 * chosen, or accepts both sources' dates. Returns the anchors of each
 * judgement that matched nothing (its evidence changed).
 */
export function applyJudgements(subjects: SubjectFacts[], judgements: FactJudgement[], isList: (prop: string) => boolean): Map<number, string[]> {
  const rows = new Map(subjects.map((s) => [s.anchor, s]));
  const statements = new Map(subjects.flatMap((s) => s.statements.map((st) => [st.anchor, st] as const)));
  const unmatched = new Map<number, string[]>();
  const review = (st: FactStatement, r: Review) => { if (!st.analyst && st.review !== "edited") st.review = r; };
  for (const j of judgements) {
    for (const anchor of j.anchors) {
      const statement = statements.get(anchor);
      const row = statement ? undefined : rows.get(anchor);
      if (!statement && !row) { unmatched.set(j.id, [...(unmatched.get(j.id) ?? []), anchor]); continue; }
      if (statement) { if (j.action === "accept" || j.action === "reject") review(statement, j.action === "accept" ? "accepted" : "rejected"); continue; }
      const all = row!.statements;
      if (j.action === "accept" || j.action === "reject") { for (const st of all) review(st, j.action === "accept" ? "accepted" : "rejected"); continue; }
      const prop = j.action === "settle" ? ONE_VALUED_SETTLE : j.prop!;
      if (j.action === "settle" && j.value === null) { for (const st of all.filter((s) => s.prop === prop)) review(st, "accepted"); continue; }
      if (!isList(prop)) {
        for (const st of all.filter((s) => s.prop === prop)) if (!st.analyst) st.review = "edited";
        row!.statements = all.filter((s) => !(s.analyst && s.prop === prop));
      }
      row!.statements.push({ prop, value: j.value!, spans: [], review: "accepted", analyst: true, producer: `analyst:${j.by}`, anchor: `${anchor}#${prop}=${j.value}@analyst-${j.id}` });
    }
  }
  return unmatched;
}
