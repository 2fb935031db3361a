import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { materializeDocuments } from "../facts/materialize.js";

/** Documents derived at a time: their statements are read together. */
const BATCH = 200;

/**
 * Rows that differ from what their statements and the analysts' judgements
 * say (materializeDocuments without writing): a row written by hand, or a
 * write that skipped the fact model.
 */
export async function factProblems(db: Kysely<Database>): Promise<string[]> {
  const problems: string[] = [];
  for (let after = 0; ;) {
    const ids = (await db.selectFrom("documents").select("id").where("id", ">", after).orderBy("id").limit(BATCH).execute()).map((r) => r.id);
    if (!ids.length) return problems;
    after = ids.at(-1)!;
    const { changed } = await materializeDocuments(db, ids, false);
    problems.push(...changed.map((subject) => `${subject} differs from what its statements and the fact judgements say`));
  }
}
