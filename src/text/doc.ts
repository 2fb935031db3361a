import type { Span } from "./span.js";

/** "2019" | "2019-09" | "2019-09-04": a date at the precision the text gives. */
export type PartialDate = string;

/** Something wrong with a document that did not stop its processing. */
export interface Problem {
  code: string;
  message: string;
  span?: Span;
}

/**
 * The document every pipeline component reads and annotates. The text never
 * changes; components add layers of annotations that point into it.
 */
export interface Doc {
  id: string;
  text: string;
  /** Publication date, the reference for "last November" or "Wednesday". */
  published?: PartialDate;
  layers: Partial<Layers>;
  problems: Problem[];
}

/** Annotation layers by name. Each component declares which it requires and which it assigns. */
export interface Layers {
  tokens: Token[];
  sentences: Span[];
  dates: DateMention[];
  names: NameMention[];
  titles: TitleMention[];
  people: PersonEntity[];
  organizations: NamedEntity[];
  places: PlaceEntity[];
  events: EventMention[];
}
export type LayerName = keyof Layers;

export interface Token extends Span {
  /** Universal POS tag from the tagger. */
  pos: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface DateMention extends Span {
  value: PartialDate;
  /** Set for ranges ("from 2016 to 2019"): the last date. */
  until?: PartialDate;
  /** True when the value came from a relative expression ("last November"). */
  relative: boolean;
}

export type NameKind = "person" | "organization" | "place";

export interface NameMention extends Span {
  /** "unknown": a capitalised name that only context (another mention, a verb) can settle. */
  kind: NameKind | "unknown";
  /** The entity this mention refers to, an index into the layer of its kind; -1 until entities are built. */
  entity: number;
  /** Title words in front of the name ("Deputy Foreign Minister"), if any. */
  title?: string;
  /** Why the name is taken as a person's ("title", "korean", "given-name", "context"…). */
  cue?: string;
  /** For a place, the gazetteer's name for it. */
  place?: string;
  sentence: number;
}

export interface TitleMention extends Span {
  /** The normalised title ("deputy ambassador"). */
  title: string;
  rank: number;
  /** The person it is attached to, an index into `people`. */
  person?: number;
}

export interface NamedEntity {
  name: string;
  aliases: string[];
  mentions: Span[];
}

export interface PersonEntity extends NamedEntity {
  titles: string[];
}

export interface PlaceEntity extends NamedEntity {
  /** The country the place is in (itself for a country). */
  country?: string;
}

export type Certainty = "confirmed" | "reported" | "alleged" | "denied";

export interface EventMention {
  type: string;
  /** Index into `people`, or undefined for an unnamed person described by `actor`. */
  person?: number;
  actor?: string;
  /** When it happened, as the text dates it; undefined when the text does not (never the publication date). */
  when?: PartialDate;
  disclosed?: PartialDate;
  where?: string;
  /** The sentence that states the event. */
  evidence: Span;
  /** Other sentences the event rests on: where a pronoun's antecedent is named, where its date is given. */
  support?: Span[];
  attribution?: string;
  certainty: Certainty;
}

export function createDoc(text: string, options: { id?: string; published?: PartialDate } = {}): Doc {
  return { id: options.id ?? "doc", text, published: options.published, layers: {}, problems: [] };
}
