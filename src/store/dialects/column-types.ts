import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import { dialectOf } from "./dialect-of.js";

/**
 * An integer primary key the database numbers: AUTOINCREMENT on SQLite, an
 * identity column on PostgreSQL ("by default", so that migrate-db can copy
 * the ids of another knowledge base).
 */
export const idColumn = (db: Kysely<any>) => (c: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
  dialectOf(db) === "postgres" ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement();

/** A floating-point column holding what JavaScript holds (PostgreSQL's `real` has 4 bytes: 0.8 would read back as 0.800000011920929). */
export const floatType = (db: Kysely<any>): "real" | "double precision" => (dialectOf(db) === "postgres" ? "double precision" : "real");
