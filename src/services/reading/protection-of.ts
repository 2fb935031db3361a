import type { Kysely } from "kysely";
import { isLevel, levelRank, type Level } from "../../model/levels.js";
import type { Database } from "../../store/database.js";
import { protectionLevels } from "../../store/queries/protection-rows.js";

/**
 * The highest level any protection of these rows or of their names has, or
 * undefined when none is protected: the protections access/protect-records.ts
 * sets, read where a split that would free a protected identity is refused.
 */
export async function protectionOf(db: Kysely<Database>, rows: number[]): Promise<Level | undefined> {
  if (!rows.length) return undefined;
  const levels = await protectionLevels(db, rows);
  return levels.filter(isLevel).sort((a, b) => levelRank(b) - levelRank(a))[0];
}
