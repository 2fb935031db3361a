import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";
import { dialectOf } from "../dialects/dialect-of.js";

/**
 * The judgement log is well formed: a known verdict about two different
 * rows, by someone, at an ISO time; an undo ("undo #12") names an earlier
 * judgement. Rows a judgement names may be gone (reprocess drops people no
 * longer found), and the log keeps them: that is not a fault.
 */
export async function judgementProblems(db: Kysely<Database>): Promise<string[]> {
  const { checks } = dialectOf(db);
  const bad = await sql<{ line: string }>`SELECT 'judgement ' || id || ': ' || CASE
      WHEN verdict NOT IN ('same', 'not_same', 'unsure') THEN 'unknown verdict ' || ${checks.quoted(sql.ref("verdict"))}
      WHEN left_id = right_id THEN 'judges row ' || left_id || ' against itself'
      WHEN trim("by") = '' THEN 'says nobody made it'
      ELSE 'time ' || ${checks.quoted(sql.ref("at"))} || ' is not an ISO time' END AS line
    FROM judgements WHERE verdict NOT IN ('same', 'not_same', 'unsure') OR left_id = right_id OR trim("by") = ''
      OR NOT ${checks.startsLikeIsoTime(sql.ref("at"))}`.execute(db);
  const undos = await sql<{ line: string }>`SELECT 'judgement ' || id || ' undoes #' || substr(why, 7) || ', which is not an earlier judgement' AS line
    FROM judgements j WHERE why LIKE 'undo #%' AND NOT EXISTS
      (SELECT 1 FROM judgements t WHERE t.id = ${checks.idFrom(sql.ref("j.why"), 7)} AND t.id < j.id)`.execute(db);
  return [...bad.rows, ...undos.rows].map((r) => r.line);
}
