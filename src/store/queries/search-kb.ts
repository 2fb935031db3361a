import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { searchText } from "../dialects/sqlite-search.js";
import { personNames } from "./list-people.js";
import { documentRef } from "./sources.js";

/** What a search found: people by their names and aliases, documents by their title and text, best first. */
export interface SearchResults {
  people: { id: number; name: string; snippet: string }[];
  documents: { id: number; document: string; title: string | null; published: string | null; snippet: string }[];
}

async function peopleHits(db: Kysely<Database>, text: string, limit: number): Promise<SearchResults["people"]> {
  const hits = await searchText(db, "people", text, { prefix: true, limit: limit * 4 });
  if (!hits.length) return [];
  const rows = await db.selectFrom("doc_people").select((eb) => ["id", eb.fn.coalesce("person_id", "id").as("person")]).where("id", "in", hits.map((h) => h.id)).execute();
  const personOf = new Map(rows.map((r) => [r.id, r.person]));
  const best = new Map<number, string>();
  for (const h of hits) {
    const person = personOf.get(h.id);
    if (person !== undefined && !best.has(person)) best.set(person, h.snippet);
  }
  const names = await personNames(db, [...best.keys()]);
  return [...best].slice(0, limit).map(([id, snippet]) => ({ id, name: names.get(id) ?? "", snippet }));
}

async function documentHits(db: Kysely<Database>, text: string, limit: number): Promise<SearchResults["documents"]> {
  const hits = await searchText(db, "documents", text, { limit });
  if (!hits.length) return [];
  const docs = await db.selectFrom("documents").select(["id", "url", "source", "title", "published"]).where("id", "in", hits.map((h) => h.id)).execute();
  const byId = new Map(docs.map((d) => [d.id, d]));
  return hits.flatMap((h) => {
    const d = byId.get(h.id);
    return d ? [{ id: d.id, document: documentRef(d), title: d.title, published: d.published, snippet: h.snippet }] : [];
  });
}

/** Full-text search over people's names and documents; the words are matched as words, never read as syntax. */
export async function searchKb(db: Kysely<Database>, text: string, limit = 20): Promise<SearchResults> {
  return { people: await peopleHits(db, text, limit), documents: await documentHits(db, text, limit) };
}
