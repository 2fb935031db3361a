import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from "kysely";

/**
 * What the migrations need to tell the two databases apart, kept here with
 * them: a migration carries its own SQL for each and imports no live code,
 * so that it does not change when the code of today does.
 */
export const isPostgres = (db: Kysely<any>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * An integer primary key the database numbers: AUTOINCREMENT on SQLite, an
 * identity column on PostgreSQL ("by default", so that migrate-db can copy
 * the ids of another knowledge base).
 */
export const idColumn = (db: Kysely<any>) => (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
  isPostgres(db) ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

/** A floating-point column holding what JavaScript holds (PostgreSQL's `real` has 4 bytes: 0.8 would read back as 0.800000011920929). */
export const floatType = (db: Kysely<any>): "real" | "double precision" => (isPostgres(db) ? "double precision" : "real");
