import type { Kysely } from "kysely";
import { dialectOf } from "./dialect-of.js";
import { postgresDataVersion } from "./postgres.js";
import { dataVersion as sqliteDataVersion } from "./sqlite.js";

/** A token that changes whenever the data may have (SQLite: data_version and total_changes; PostgreSQL: committed writing transactions). */
export const dataVersion = (db: Kysely<any>): Promise<string> =>
  dialectOf(db) === "postgres" ? postgresDataVersion(db) : sqliteDataVersion(db);
