import { sql, type Kysely } from "kysely";
import { isPostgres } from "./ddl.js";

/**
 * people_fts again, with prefix indexes for 1, 2 and 3 characters: a search
 * reads every word as the start of a name ("Ri" "Bok"), and without them
 * each short prefix merges the lists of every token it starts (8 ms for "Ri
 * Bok-ae" on 100,000 articles; 2 ms with them). The triggers that keep it
 * in step name the table, so they stay as they are.
 */
async function recreatePeopleSearchWithPrefixes(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS people_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE people_fts USING fts5(name, aliases, content='doc_people', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')`.execute(db);
  await sql`INSERT INTO people_fts(people_fts) VALUES ('rebuild')`.execute(db);
}

/**
 * The full-text index of people's names rebuilt with prefix indexes, so that
 * searching by the start of a name stays fast. SQLite only: a GIN index on
 * a tsvector serves prefixes ('chol':*) as it is.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await recreatePeopleSearchWithPrefixes(db);
}
