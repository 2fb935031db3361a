import { PostgresAdapter, type Kysely } from "kysely";

/** The databases a knowledge base can live in. */
export type DialectName = "sqlite" | "postgres";

/** Which database a query builder (or a transaction of it) talks to. */
export const dialectOf = (db: Kysely<any>): DialectName =>
  db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";

/** A knowledge base given as a PostgreSQL URL ("postgres://user@host/db", "postgresql://…"). */
export const isPostgresUrl = (location: string): boolean => /^postgres(?:ql)?:\/\//.test(location);
