import { PostgresAdapter, type Kysely } from "kysely";
import { isPostgresUrl } from "./location.js";
import { postgresDialect } from "./postgres/dialect.js";
import { sqliteDialect } from "./sqlite/dialect.js";
import type { StoreDialect } from "./store-dialect.js";

export type { DialectName, StoreDialect } from "./store-dialect.js";
export { isPostgresUrl } from "./location.js";

/** The dialect of a knowledge base's location: a PostgreSQL URL, else a SQLite file. */
export const dialectAt = (location: string): StoreDialect => (isPostgresUrl(location) ? postgresDialect : sqliteDialect);

/** The dialect a query builder (or a transaction of it) talks to, for store functions given a query builder rather than a store. */
export const dialectOf = (db: Kysely<any>): StoreDialect =>
  db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect;
