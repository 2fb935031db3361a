import type { Generated } from "kysely";
import type { WatchTables } from "./watch/watch-tables.js";

/**
 * The tables of a knowledge base. Everything a user sees is derived from
 * documents, what was extracted from them (doc_people, doc_events,
 * statements) and the judgements; `person_id` and `event_id` are derived
 * clusters, recomputed from judgements, never typed in.
 */
export interface Database extends WatchTables {
  documents: DocumentsTable;
  doc_people: DocPeopleTable;
  doc_events: DocEventsTable;
  statements: StatementsTable;
  judgements: JudgementsTable;
  fact_judgements: FactJudgementsTable;
  fact_judgement_documents: FactJudgementDocumentsTable;
  review_items: ReviewItemsTable;
  meta: MetaTable;
  protections: ProtectionsTable;
  protected_names: ProtectedNamesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  doc_bands: DocBandsTable;
  doc_person_blocks: DocPersonBlocksTable;
  doc_person_names: DocPersonNamesTable;
  name_keys: NameKeysTable;
}

/** Every nameKey ever filed, once, under a trigram index: the candidates for a misspelled name. */
export interface NameKeysTable {
  key: string;
  /** How many different trigrams the key has (nameTrigrams): a key with far more or far fewer cannot be similar. */
  trigrams: number;
}

/** Every name and alias of a document person under its nameKey; written by triggers, read by findPerson. */
export interface DocPersonNamesTable {
  key: string;
  doc_person_id: number;
}

export interface DocPersonBlocksTable {
  doc_person_id: number;
  block: string;
}

export interface DocBandsTable {
  band: string;
  document_id: number;
}

export interface DocumentsTable {
  id: Generated<number>;
  /** sha256 of the cleaned text: the identity that makes re-ingest a no-op. */
  hash: string;
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  raw: string;
  /** The cleaned text every span points into; it never changes. */
  text: string;
  level: string;
  /** "name@version" of the pipeline components that produced the extraction. */
  pipeline: string;
  /** Near-duplicate group (MinHash): copies of one story share it. */
  copy_of: number | null;
  /** MinHash signature (base64), kept to confirm candidate copies. */
  signature: string | null;
  ingested_at: string;
}

/** A person as one document names them (an extraction entity). */
export interface DocPeopleTable {
  id: Generated<number>;
  document_id: number;
  /** Index of the person in the document's extraction. */
  local: number;
  name: string;
  /** JSON arrays. */
  aliases: string;
  titles: string;
  mentions: string;
  /** Blocking key for resolution ("thae|yongho"). */
  block_key: string;
  /** The knowledge-base person: the smallest doc_people id of its cluster. */
  person_id: number | null;
}

export interface DocEventsTable {
  id: Generated<number>;
  document_id: number;
  type: string;
  doc_person_id: number | null;
  actor: string | null;
  /** When it happened, as the text dates it; null when the text does not (never the publication date). */
  occurred: string | null;
  disclosed: string | null;
  place: string | null;
  start: number;
  end: number;
  attribution: string | null;
  certainty: string;
  /** public, restricted or confidential: the document's when written. */
  level: Generated<string>;
  /** The knowledge-base event: the smallest doc_events id of its cluster. */
  event_id: number | null;
  /** pending, accepted or rejected (a rejected event is left out of every read); derived from the fact judgements. */
  review: Generated<string>;
  /** JSON list of the properties an analyst set ("occurred", "type"…), or null. */
  corrected: string | null;
}

/**
 * Every extracted fact with its provenance: the rows of doc_people and
 * doc_events are derived from these (store/facts/project-facts.ts).
 */
export interface StatementsTable {
  id: Generated<number>;
  document_id: number;
  /** "doc_person:12", "doc_event:7". */
  subject: string;
  /** A property of schema/properties.yaml. */
  prop: string;
  value: string;
  /** The first span that gives the value. */
  start: number;
  end: number;
  /** Every span (JSON [{start, end}]) when there is more than the first; else null. */
  spans: string | null;
  /** pending, accepted, rejected or edited (an analyst set another value): derived from the fact judgements. */
  review: Generated<string>;
  producer: string;
  confidence: number;
  attribution: string | null;
  certainty: string;
  level: string;
}

/** Append-only: same / not_same / unsure about two doc_people, by whom, when, why. */
export interface JudgementsTable {
  id: Generated<number>;
  left_id: number;
  right_id: number;
  verdict: "same" | "not_same" | "unsure";
  by: string;
  at: string;
  why: string | null;
}

/**
 * Append-only: an analyst's judgement about facts (accept, reject, set a
 * value, settle a contradiction, undo an earlier one), applied to the rows
 * its anchors name (content keys that survive re-extraction; see
 * store/facts/anchors.ts).
 */
export interface FactJudgementsTable {
  id: Generated<number>;
  action: "accept" | "reject" | "set" | "settle" | "undo";
  /** What the analyst pointed at: "event:12", "statement:40", "person:3", "conflict:5". */
  target: string;
  prop: string | null;
  value: string | null;
  /** JSON list of anchors. */
  anchors: string;
  by: string;
  at: string;
  why: string | null;
  /** For an undo: the judgement it takes back. */
  undoes: number | null;
}

/** The documents a fact judgement applies to (readers see it only when they see every one). */
export interface FactJudgementDocumentsTable {
  judgement_id: number;
  document_id: number;
}

/** Open questions for an analyst: a suggested merge, a contradiction between sources, a judgement whose evidence changed. */
export interface ReviewItemsTable {
  id: Generated<number>;
  kind: "merge" | "contradiction" | "recheck";
  subject: string;
  left_ref: string;
  right_ref: string;
  detail: string;
  status: "open" | "resolved";
  created_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

/**
 * A protected identity: the knowledge-base person a row belongs to is shown,
 * to readers cleared below `level`, as `pseudonym` with nothing that names
 * them. Rows, not person ids: a protection follows its rows through merges.
 */
export interface ProtectionsTable {
  id: Generated<number>;
  doc_person_id: number;
  level: string;
  pseudonym: string;
  by: string;
  at: string;
}

/**
 * A protected identity's full name (its nameKey): any row carrying it is
 * hidden like a protected row, so that no later mention, merge or split
 * frees the name (migration 030).
 */
export interface ProtectedNamesTable {
  id: Generated<number>;
  key: string;
  level: string;
  pseudonym: string;
  by: string;
  at: string;
}

/** A user of a server run with --auth; the role gives the clearance. */
export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: string;
  /** "scrypt$N$r$p$salt$hash" (base64 parts). */
  password: string;
  created_at: string;
  disabled_at: string | null;
}

/** A signed-in browser: the id is the sha256 of the cookie's secret. */
export interface SessionsTable {
  id: string;
  user_id: number;
  /** The token every form of this session carries. */
  csrf: string;
  created_at: string;
  expires_at: string;
}

/** A script's key to the API: only the sha256 of the token is kept. */
export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  label: string;
  hash: string;
  created_at: string;
  revoked_at: string | null;
}

/**
 * A sign-in attempt counted against a limit ("name|address", "name:NAME",
 * "address:ADDRESS", "*"), reserved before the password is checked; a right
 * password deletes its rows by `attempt` (migration 031).
 */
export interface LoginFailuresTable {
  key: string;
  at: string;
  attempt: string | null;
}

/** The tables a level can be set on (a document, an event row, a statement). */
export type LevelledTable = "documents" | "doc_events" | "statements";
