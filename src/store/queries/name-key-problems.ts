import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { nameKey } from "../names/name-key.js";

/** Document persons read per round. */
const PAGE = 5000;

/**
 * Every document person is findable by its name: doc_person_names (filed by
 * the writer, names/person-names.ts) holds the key of its name. The keys
 * are computed here by the same function, on either database.
 */
export async function nameKeyProblems(db: Kysely<Database>): Promise<string[]> {
  const problems: string[] = [];
  for (let after = 0; ;) {
    const people = await db.selectFrom("doc_people").select(["id", "name"]).where("id", ">", after).orderBy("id").limit(PAGE).execute();
    if (!people.length) return problems;
    const last = people[people.length - 1].id;
    const filed = await db.selectFrom("doc_person_names").select(["doc_person_id", "key"])
      .where("doc_person_id", ">", after).where("doc_person_id", "<=", last).execute();
    const keys = new Set(filed.map((r) => `${r.doc_person_id} ${r.key}`));
    for (const p of people) {
      const key = nameKey(p.name);
      if (key && !keys.has(`${p.id} ${key}`)) problems.push(`person row ${p.id} ("${p.name}") is missing from the name lookup table`);
    }
    after = last;
  }
}
