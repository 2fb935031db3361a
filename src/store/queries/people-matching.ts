import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { stringList } from "../json-list.js";
import { markedName, searchWords } from "./text-snippet.js";

/**
 * Of some doc_people rows the name index found for `text`, the ones whose
 * name or alias as the reader sees it still matches, in the order given,
 * with their person and the matching name marked «…». The index holds every
 * name; a protected identity shows its pseudonym, so a search by the real
 * name must not lead to it.
 */
export async function matchingRows(db: Kysely<Database>, ids: number[], text: string): Promise<{ person: number; snippet: string }[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom("doc_people").select((eb) => ["id", "name", "aliases", eb.fn.coalesce("person_id", "id").as("person")]).where("id", "in", ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const words = searchWords(text);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    const snippet = row && [row.name, ...stringList(row.aliases)].map((n) => markedName(n, words)).find((m) => m !== undefined);
    return row && snippet !== undefined ? [{ person: row.person, snippet }] : [];
  });
}
