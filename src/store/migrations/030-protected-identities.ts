import { sql, type Kysely } from "kysely";
import { idColumn, isPostgres } from "./ddl.js";
import { watchTables } from "./011-data-changes.js";



/**
 * Protected identities and statement levels that hold for every read:
 * - `protected_names`: the name keys of a protected identity's full names,
 *   so that a row carrying one is hidden wherever it ends up (a mention that
 *   joins later, one an analyst splits off);
 * - `visible_documents` and `hidden_rows`, views a search joins so that
 *   access is filtered inside its query, before any limit: here every
 *   document and no row; a reader's views of the same names (TEMP views on
 *   SQLite, the reader schema on PostgreSQL) show what its clearance allows;
 * - `statements_raised`, a partial index of the statements above public,
 *   which reader views probe for each derived column (a statement set above
 *   its document's level hides the value it gives).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable("protected_names")
    .addColumn("id", "integer", idColumn(db))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("pseudonym", "text", (c) => c.notNull())
    .addColumn("by", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("protected_names_key").on("protected_names").column("key").execute();
  await sql`CREATE VIEW visible_documents AS SELECT id FROM documents`.execute(db);
  await sql`CREATE VIEW hidden_rows AS SELECT id, document_id FROM doc_people WHERE 1 = 0`.execute(db);
  await sql`CREATE INDEX statements_raised ON statements (subject, prop, level) WHERE level <> 'public'`.execute(db);
  if (isPostgres(db)) await watchTables(db, ["protected_names"]);
}
