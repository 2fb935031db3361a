import { CompiledQuery, Kysely, PostgresDialect, sql } from "kysely";
import type { Database as Tables } from "../../database.js";
import { loadPg, PromptClient } from "./client.js";

/** PostgreSQL type ids whose text form JavaScript reads as a number: count(*) and sum() give int8. */
const INT8 = 20;

/**
 * A knowledge base in PostgreSQL: a pool of connections to the database the
 * URL names. A URL may choose a schema libpq's way
 * (`?options=-c%20search_path%3Dkb1,public`), as the tests do.
 * `setUp` statements run first on every new connection (a reader's
 * search_path and read-only default).
 */
export function openPostgres(url: string, options: { max?: number; setUp?: string[] } = {}): Kysely<Tables> {
  const pg = loadPg();
  const pool = new pg.Pool({
    // fails at once, and within seconds, when the server is not there or refuses the user
    Client: PromptClient(),
    connectionString: url,
    max: options.max ?? 8,
    // which process holds a connection shows in pg_stat_activity (a worker among many)
    application_name: `dossier ${process.pid}`,
    // counts are far below 2^53; reading them as strings would make every count a special case
    types: { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  const setUp = options.setUp ?? [];
  return new Kysely<Tables>({
    dialect: new PostgresDialect({
      pool,
      onCreateConnection: async (connection) => {
        for (const statement of setUp) await connection.executeQuery(CompiledQuery.raw(statement));
      },
    }),
  });
}

/** Rows of data_changes above which a read folds them into one (their sum unchanged). */
const FOLD_ABOVE = 1000;

/**
 * A token that changes whenever committed data may have: the number of
 * writing transactions committed so far. Two equal tokens mean no writing
 * transaction committed in between.
 */
export async function postgresDataVersion(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ v: number; n: number; readOnly: boolean }>`SELECT coalesce(sum(weight), 0) AS v, count(*) AS n,
    current_setting('transaction_read_only') = 'on' AS "readOnly" FROM data_changes`.execute(db);
  const { v, n, readOnly } = rows[0];
  // a reader's connections are read-only: the store's own reads fold the rows
  if (Number(n) > FOLD_ABOVE && !readOnly) {
    // rows of transactions still running are not visible, so not deleted: they count when they commit
    await sql`WITH gone AS (DELETE FROM data_changes WHERE xid IS NOT NULL RETURNING weight)
      INSERT INTO data_changes(weight) SELECT sum(weight) FROM gone HAVING count(*) > 0`.execute(db);
  }
  return String(v);
}
