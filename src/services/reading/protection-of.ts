import type { Kysely } from "kysely";
import { isLevel, levelRank, type Level } from "../../model/levels.js";
import type { Database } from "../../store/database.js";

/**
 * The highest level any protection of these rows or of their names has, or
 * undefined when none is protected: the protections access/protect-records.ts
 * sets, read where a split that would free a protected identity is refused.
 */
export async function protectionOf(db: Kysely<Database>, rows: number[]): Promise<Level | undefined> {
  if (!rows.length) return undefined;
  const levels: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const slice = rows.slice(i, i + 500);
    levels.push(...(await db.selectFrom("protections").select("level").where("doc_person_id", "in", slice).execute()).map((r) => r.level));
    levels.push(...(await db.selectFrom("protected_names as pn").innerJoin("doc_person_names as n", "n.key", "pn.key")
      .select("pn.level").where("n.doc_person_id", "in", slice).execute()).map((r) => r.level));
  }
  return levels.filter(isLevel).sort((a, b) => levelRank(b) - levelRank(a))[0];
}
