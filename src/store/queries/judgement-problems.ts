import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";

/**
 * The judgement log is well formed: a known verdict about two different
 * rows, by someone, at an ISO time; an undo ("undo #12") names an earlier
 * judgement. Rows a judgement names may be gone (reprocess drops people no
 * longer found), and the log keeps them: that is not a fault.
 */
export async function judgementProblems(db: Kysely<Database>): Promise<string[]> {
  const bad = await sql<{ line: string }>`SELECT 'judgement ' || id || ': ' || CASE
      WHEN verdict NOT IN ('same', 'not_same', 'unsure') THEN 'unknown verdict ' || quote(verdict)
      WHEN left_id = right_id THEN 'judges row ' || left_id || ' against itself'
      WHEN trim("by") = '' THEN 'says nobody made it'
      ELSE 'time ' || quote(at) || ' is not an ISO time' END AS line
    FROM judgements WHERE verdict NOT IN ('same', 'not_same', 'unsure') OR left_id = right_id OR trim("by") = ''
      OR at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]*'`.execute(db);
  const undos = await sql<{ line: string }>`SELECT 'judgement ' || id || ' undoes #' || substr(why, 7) || ', which is not an earlier judgement' AS line
    FROM judgements j WHERE why LIKE 'undo #%' AND NOT EXISTS
      (SELECT 1 FROM judgements t WHERE t.id = CAST(substr(j.why, 7) AS INTEGER) AND t.id < j.id)`.execute(db);
  return [...bad.rows, ...undos.rows].map((r) => r.line);
}
