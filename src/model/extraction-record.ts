import type { Span } from "../text/span.js";
import type { SubjectKind } from "./properties.js";

/**
 * What the pipeline hands the store for one document: its subjects (the
 * people and events it tells of, people first, in the extraction's order)
 * and every fact about them as a statement with all its spans. Nothing a
 * presenter would drop is lost on the way; the store derives its rows from
 * these statements (store/facts/).
 */
export interface ExtractionRecord {
  subjects: SubjectKind[];
  facts: RecordFact[];
}

export interface RecordFact {
  /** Index into `subjects`. */
  subject: number;
  prop: string;
  /** A person property's value, or for `person` the index of the person subject as "#3". */
  value: string;
  /** Where the text gives it, at least one span; the first is where it is stated. */
  spans: Span[];
  /** "component@version" of the component that produced it. */
  producer: string;
  confidence: number;
  attribution: string | null;
  certainty: string;
}

/** The value of an event's `person` statement in a record: a reference to a person subject. */
export const subjectRef = (index: number): string => `#${index}`;

/** The subject index a record reference names, or undefined. */
export const refIndex = (value: string): number | undefined => (/^#\d+$/.test(value) ? Number(value.slice(1)) : undefined);
