import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { dialectOf } from "../dialects/dialect-of.js";
import { inClusters } from "../cluster-members.js";
import { CHUNK } from "./in-chunks.js";
import { nameKey } from "../names/name-key.js";
import { SIMILAR_NAME, similarityTo } from "../names/name-similarity.js";
import { matchingRows } from "./people-matching.js";

/**
 * The knowledge-base person a user means: an id ("12"); else a person with
 * exactly this name or alias, ignoring case, accents, hyphens and spaces;
 * else a person whose names start with these words (full-text prefix match);
 * else the person with the name or alias most similar by trigrams ("Hwang
 * Jang Yob" finds "Hwang Jang Yop"), at least SIMILAR_NAME similar.
 * When several match, the one named in most documents. Undefined when none.
 * Every step is an indexed lookup: the cost does not grow with the knowledge base.
 * `alike` may refuse a similar key (a Korean name a syllable apart is another person).
 */
export async function findPerson(db: Kysely<Database>, query: string, alike?: SimilarKeyFilter): Promise<number | undefined> {
  const q = query.trim();
  // an id; one past any id a table can hold (PostgreSQL's integer) is nobody, not a failed query
  if (/^\d+$/.test(q)) return Number(q) <= 2 ** 31 - 1 && (await personExists(db, Number(q))) ? Number(q) : undefined;
  const exact = await peopleNamed(db, q);
  if (exact.length) return mostDocumented(db, exact);
  const hits = await dialectOf(db).searchText(db, "people", q, { prefix: true, limit: 200 });
  const started = [...new Set((await matchingRows(db, hits.map((h) => h.id), q)).map((r) => r.person))];
  if (started.length) return mostDocumented(db, started);
  return mostDocumented(db, await peopleNamedAlike(db, q, alike));
}

/** Whether a stored name key found by similarity may be taken for what a user typed. */
export type SimilarKeyFilter = (typed: string, candidateKey: string) => boolean;

/** Keys of a misspelled name looked at, most similar first, before giving up. */
const SIMILAR_KEYS_TRIED = 20;

/**
 * The people with the name or alias most similar to `name` by trigrams
 * (ignoring case, accents, hyphens and spaces), at least SIMILAR_NAME
 * similar: the candidates come from the database's trigram index, the
 * ranking is the same on both. Keys nobody has any more, or that a reader
 * may not see, find nobody; the next most similar are tried. Ties in
 * similarity all count ("Kim Jong Ul" is as close to two keys).
 */
export async function peopleNamedAlike(db: Kysely<Database>, name: string, alike: SimilarKeyFilter = () => true): Promise<number[]> {
  const key = nameKey(name);
  const similarity = similarityTo(key);
  const ranked = (await dialectOf(db).similarNameKeys(db, key, SIMILAR_NAME))
    .map((candidate) => ({ candidate, similarity: similarity(candidate) }))
    .filter((c) => c.similarity >= SIMILAR_NAME && alike(name, c.candidate))
    .sort((a, b) => b.similarity - a.similarity || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, SIMILAR_KEYS_TRIED);
  for (let i = 0; i < ranked.length;) {
    const tied = ranked.filter((c) => c.similarity === ranked[i].similarity);
    const people = new Set<number>();
    for (const { candidate } of tied) for (const person of await peopleNamed(db, candidate, 200)) people.add(person);
    if (people.size) return [...people];
    i += tied.length;
  }
  return [];
}

/** A person id is the person_id of its rows, or the id of a row not yet resolved: written out so the indexes serve it. */
async function personExists(db: Kysely<Database>, id: number): Promise<boolean> {
  const row = await db
    .selectFrom("doc_people")
    .select("id")
    .where((eb) => inClusters(eb, "person_id", "id", [id]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * People with a name or alias equal to `name` under nameKey (doc_person_names,
 * filed by triggers); with `rows`, of only that many of the most recent
 * document persons so named ("Kim" alone is an alias of a thousand people).
 */
export async function peopleNamed(db: Kysely<Database>, name: string, rows?: number): Promise<number[]> {
  const key = nameKey(name);
  if (!key) return [];
  const found = await db.selectFrom("doc_person_names as n").innerJoin("doc_people as p", "p.id", "n.doc_person_id")
    .select((eb) => eb.fn.coalesce("p.person_id", "p.id").as("person")).where("n.key", "=", key)
    .$if(rows !== undefined, (qb) => qb.orderBy("n.doc_person_id", "desc").limit(rows!)).execute();
  return [...new Set(found.map((r) => r.person))];
}

/** Of some people, the one named in most documents (the lowest id on a tie). */
async function mostDocumented(db: Kysely<Database>, people: number[]): Promise<number | undefined> {
  if (people.length <= 1) return people[0];
  const counts: { person: number; documents: number }[] = [];
  for (let i = 0; i < people.length; i += CHUNK) {
    const chunk = people.slice(i, i + CHUNK);
    counts.push(...await db
      .selectFrom("doc_people")
      .select((eb) => [eb.fn.coalesce("person_id", "id").as("person"), eb.fn.count<number>("document_id").distinct().as("documents")])
      // person_id IN (…), or a row not yet resolved whose own id is asked for: written out so the indexes serve it
      .where((eb) => inClusters(eb, "person_id", "id", chunk))
      .groupBy((eb) => eb.fn.coalesce("person_id", "id"))
      .execute());
  }
  counts.sort((a, b) => Number(b.documents) - Number(a.documents) || a.person - b.person);
  return counts[0]?.person;
}
