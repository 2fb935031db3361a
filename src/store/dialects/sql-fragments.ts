import { sql, type Kysely, type RawBuilder } from "kysely";
import { dialectOf } from "./dialect-of.js";

/**
 * The few expressions that SQLite and PostgreSQL write differently, for the
 * checks of queries/check-consistency.ts.
 */

/** The number that `column` holds from character `from` on ("doc_person:12" from 12); NULL on PostgreSQL where it is none, 0 on SQLite (whose CAST reads "x" as 0). */
export const idFrom = (db: Kysely<any>, column: RawBuilder<unknown>, from: number): RawBuilder<number | null> =>
  dialectOf(db) === "postgres"
    ? sql<number | null>`(CASE WHEN substr(${column}, ${sql.lit(from)}) ~ '^[0-9]{1,9}$' THEN substr(${column}, ${sql.lit(from)})::integer END)`
    : sql<number | null>`CAST(substr(${column}, ${sql.lit(from)}) AS INTEGER)`;

/** A value quoted as an SQL string literal, to show ('it''s'). */
export const quoted = (db: Kysely<any>, column: RawBuilder<unknown>): RawBuilder<string> =>
  dialectOf(db) === "postgres" ? sql<string>`quote_literal(${column})` : sql<string>`quote(${column})`;

/** True when the text starts like an ISO time ("2024-05-01T10:30"). */
export const startsLikeIsoTime = (db: Kysely<any>, column: RawBuilder<unknown>): RawBuilder<boolean> =>
  dialectOf(db) === "postgres"
    ? sql<boolean>`(${column} ~ '^[0-9]{4}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]')`
    : sql<boolean>`(${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]*')`;
