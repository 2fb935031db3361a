import type { Kysely, RawBuilder } from "kysely";
import type { DossierError } from "../../errors.js";
import type { Level } from "../../model/levels.js";
import type { AuditLog } from "../audit-entry.js";
import type { Database } from "../database.js";
import type { SearchOptions, SearchTarget, TextHit } from "./text-hit.js";

/** The databases a knowledge base can live in. */
export type DialectName = "sqlite" | "postgres";

/**
 * What one database does its own way, behind one interface: SQLite
 * (dialects/sqlite/) and PostgreSQL (dialects/postgres/) each implement it,
 * and openStore chooses one for a location (`store.dialect`; `dialectOf(db)`
 * finds it again from a query builder or transaction). Everything else in
 * the store is written once, in SQL both accept.
 */
export interface StoreDialect {
  readonly name: DialectName;
  /** A query builder on the knowledge base at `location`, its schema not yet brought up to date. */
  connect(location: string): Kysely<Database>;
  /** Runs the pending migrations; the error they stopped on, if any. */
  migrate(db: Kysely<Database>): Promise<unknown>;
  /** What a failure to open `location` means to the user (db_auth, db_unreachable, db_missing), when this database can say. */
  openFailure(err: unknown, location: string): DossierError | undefined;
  /** A read-only query builder showing what a reader cleared for `clearance` may see (reader views: TEMP views, or a schema per clearance). */
  openReader(db: Kysely<Database>, location: string, clearance: Level): Promise<Kysely<Database>>;
  /** The append-only audit log kept with the knowledge base at `location`. */
  openAuditLog(location: string): Promise<AuditLog>;
  /**
   * Full-text search over people's names and aliases or documents' titles
   * and text (FTS5, or tsvector and GIN). The user's words are bound as a
   * parameter and quoted, so they are never SQL or search syntax.
   */
  searchText(db: Kysely<Database>, target: SearchTarget, text: string, options?: SearchOptions): Promise<TextHit[]>;
  /**
   * Name keys (name_keys) that may be at least `threshold` similar to `key`
   * by trigrams, through a trigram index (an FTS5 trigram table, pg_trgm's
   * GIN index). Candidates only: queries/name-similarity.ts ranks them.
   */
  similarNameKeys(db: Kysely<Database>, key: string, threshold: number): Promise<string[]>;
  /** A token that changes whenever the data may have (SQLite: data_version and total_changes; PostgreSQL: committed writing transactions). */
  dataVersion(db: Kysely<any>): Promise<string>;
  /**
   * Makes the calling transaction the only one resolving people and events
   * in this knowledge base until it ends: two analysts judging the same pair,
   * or two workers resolving the same new person, then run one after the
   * other, each reading what the other committed.
   */
  lockResolution(trx: Kysely<any>): Promise<void>;
  /** Makes the calling transaction the only one counting sign-in attempts until it ends (services/sign-in-limits.ts). */
  lockSignIns(trx: Kysely<any>): Promise<void>;
  /** After rows were copied with their ids (migrate-db), the next id a table gives is above them. */
  resetIds(db: Kysely<any>, table: string): Promise<void>;
  /** The few expressions the checks of queries/check-consistency.ts write differently. */
  readonly checks: CheckSql;
}

/** Expressions for the consistency checks. */
export interface CheckSql {
  /** The number that `column` holds from character `from` on ("doc_person:12" from 12); NULL on PostgreSQL where it is none, 0 on SQLite (whose CAST reads "x" as 0). */
  idFrom(column: RawBuilder<unknown>, from: number): RawBuilder<number | null>;
  /** A value quoted as an SQL string literal, to show ('it''s'). */
  quoted(column: RawBuilder<unknown>): RawBuilder<string>;
  /** True when the text starts like an ISO time ("2024-05-01T10:30"). */
  startsLikeIsoTime(column: RawBuilder<unknown>): RawBuilder<boolean>;
}
