import { sql, type Kysely } from "kysely";

/**
 * An event the text does not date has no date. Until now it was stored with
 * its article's publication date and a flag (occurred_stated = 0) that every
 * reader had to remember; a 1997 defection then sat on a 2016 timeline. The
 * guessed dates are dropped, with the statements that carried them (written
 * with confidence 0.4), and so is the flag: `occurred` is null or stated.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`UPDATE doc_events SET occurred = NULL WHERE occurred_stated = 0`.execute(db);
  await sql`DELETE FROM statements WHERE prop = 'occurred' AND confidence < 0.5`.execute(db);
  await db.schema.alterTable("doc_events").dropColumn("occurred_stated").execute();
}
