import { sql, type Kysely } from "kysely";
import { isPostgres } from "./ddl.js";

/** A person's name or alias as filed in doc_person_names: the aliases JSON read leniently, so a bad column never stops a write. */
const NEW_KEYS = `SELECT dossier_name_key(new.name), new.id
    UNION SELECT dossier_name_key(value), new.id FROM json_each(CASE WHEN json_valid(new.aliases) THEN new.aliases ELSE '[]' END) WHERE type = 'text'`;

/**
 * doc_person_names on PostgreSQL: the same table as on SQLite, without
 * triggers (the writer files every name and alias, see writes/person-names.ts).
 */
async function createPostgresNameKeys(db: Kysely<any>): Promise<void> {
  await db.schema.createTable("doc_person_names")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("doc_person_id", "integer", (c) => c.notNull().references("doc_people.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("doc_person_names_pk", ["key", "doc_person_id"])
    .execute();
  await db.schema.createIndex("doc_person_names_person").on("doc_person_names").column("doc_person_id").execute();
}

/**
 * Every name and alias of every document person under its nameKey, kept in
 * step with doc_people by triggers (deletes cascade), so that "show Pak
 * Chol-min" is one indexed lookup, not a scan of every name. The key is
 * computed by dossier_name_key, the JavaScript nameKey registered on the
 * connection by openSqlite.
 */
async function createSqliteNameKeys(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS doc_person_names (key TEXT NOT NULL,
    doc_person_id INTEGER NOT NULL REFERENCES doc_people(id) ON DELETE CASCADE, PRIMARY KEY (key, doc_person_id)) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS doc_person_names_person ON doc_person_names(doc_person_id)`.execute(db);
  await sql.raw(`CREATE TRIGGER IF NOT EXISTS doc_person_names_insert AFTER INSERT ON doc_people BEGIN
    INSERT OR IGNORE INTO doc_person_names(key, doc_person_id) ${NEW_KEYS}; END`).execute(db);
  await sql.raw(`CREATE TRIGGER IF NOT EXISTS doc_person_names_update AFTER UPDATE OF name, aliases ON doc_people BEGIN
    DELETE FROM doc_person_names WHERE doc_person_id = old.id;
    INSERT OR IGNORE INTO doc_person_names(key, doc_person_id) ${NEW_KEYS}; END`).execute(db);
  await sql`INSERT OR IGNORE INTO doc_person_names(key, doc_person_id)
    SELECT dossier_name_key(name), id FROM doc_people
    UNION ALL SELECT dossier_name_key(j.value), p.id FROM doc_people p, json_each(CASE WHEN json_valid(p.aliases) THEN p.aliases ELSE '[]' END) j WHERE j.type = 'text'`.execute(db);
}

/**
 * Finding a person by name without reading every name: names and aliases of
 * document persons by nameKey (filled from the rows already stored), and
 * (person_id, document_id) so that counting a person's documents reads only
 * the index ("Ri" alone names a thousand people).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await (isPostgres(db) ? createPostgresNameKeys(db) : createSqliteNameKeys(db));
  await db.schema.createIndex("doc_people_person_document").ifNotExists().on("doc_people").columns(["person_id", "document_id"]).execute();
}
