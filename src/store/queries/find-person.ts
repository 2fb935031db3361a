import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { searchText } from "../dialects/sqlite-search.js";
import { stringList } from "./json-list.js";
import { nameKey } from "./name-key.js";

/**
 * The knowledge-base person a user means: an id ("12"); else a person with
 * exactly this name or alias, ignoring case, accents, hyphens and spaces;
 * else a person whose names start with these words (full-text prefix match).
 * When several match, the one named in most documents. Undefined when none.
 */
export async function findPerson(db: Kysely<Database>, query: string): Promise<number | undefined> {
  const q = query.trim();
  if (/^\d+$/.test(q)) return (await personExists(db, Number(q))) ? Number(q) : undefined;
  const exact = await peopleNamed(db, q);
  if (exact.length) return mostDocumented(db, exact);
  const hits = await searchText(db, "people", q, { prefix: true, limit: 200 });
  return mostDocumented(db, await peopleOfRows(db, hits.map((h) => h.id)));
}

async function personExists(db: Kysely<Database>, id: number): Promise<boolean> {
  const row = await db
    .selectFrom("doc_people")
    .select("id")
    .where((eb) => eb(eb.fn.coalesce("person_id", "id"), "=", id))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** People with a name or alias equal to `name` under nameKey. */
async function peopleNamed(db: Kysely<Database>, name: string): Promise<number[]> {
  const key = nameKey(name);
  if (!key) return [];
  const rows = await db.selectFrom("doc_people").select((eb) => ["name", "aliases", eb.fn.coalesce("person_id", "id").as("person")]).execute();
  const matches = rows.filter((r) => nameKey(r.name) === key || stringList(r.aliases).some((a) => nameKey(a) === key));
  return [...new Set(matches.map((r) => r.person))];
}

/** The knowledge-base people of some doc_people rows. */
async function peopleOfRows(db: Kysely<Database>, rowIds: number[]): Promise<number[]> {
  if (!rowIds.length) return [];
  const rows = await db.selectFrom("doc_people").select((eb) => eb.fn.coalesce("person_id", "id").as("person")).where("id", "in", rowIds).execute();
  return [...new Set(rows.map((r) => r.person))];
}

/** Of some people, the one named in most documents (the lowest id on a tie). */
async function mostDocumented(db: Kysely<Database>, people: number[]): Promise<number | undefined> {
  if (people.length <= 1) return people[0];
  const counts = await db
    .selectFrom("doc_people")
    .select((eb) => [eb.fn.coalesce("person_id", "id").as("person"), eb.fn.count<number>("document_id").distinct().as("documents")])
    .where((eb) => eb(eb.fn.coalesce("person_id", "id"), "in", people))
    .groupBy((eb) => eb.fn.coalesce("person_id", "id"))
    .execute();
  counts.sort((a, b) => Number(b.documents) - Number(a.documents) || a.person - b.person);
  return counts[0]?.person;
}
