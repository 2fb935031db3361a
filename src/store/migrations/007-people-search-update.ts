import { sql, type Kysely } from "kysely";
import { isPostgres } from "./ddl.js";

/**
 * people_fts follows an update of a name or aliases too (reprocess rewrites
 * aliases, which the index missed; an external-content index must be told
 * the old values to delete them), and is rebuilt once from the rows as they are.
 */
async function createPeopleSearchUpdateTrigger(db: Kysely<any>): Promise<void> {
  await sql`CREATE TRIGGER IF NOT EXISTS people_fts_update AFTER UPDATE OF name, aliases ON doc_people BEGIN
    INSERT INTO people_fts(people_fts, rowid, name, aliases) VALUES ('delete', old.id, old.name, old.aliases);
    INSERT INTO people_fts(rowid, name, aliases) VALUES (new.id, new.name, new.aliases); END`.execute(db);
  await sql`INSERT INTO people_fts(people_fts) VALUES ('rebuild')`.execute(db);
}

/**
 * The full-text index of people's names kept in step when a name or its
 * aliases change. SQLite only: PostgreSQL recomputes the generated tsvector
 * column on every update.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await createPeopleSearchUpdateTrigger(db);
}
