import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { dialectOf } from "../dialects/dialect-of.js";
import { RANKED_MATCHES } from "../dialects/text-hit.js";
import { MASK } from "../redact.js";
import { inChunks } from "./in-chunks.js";
import { inClusters } from "../cluster-members.js";
import { peopleNamed } from "./find-person.js";
import { personNames } from "./list-people.js";
import { matchingRows } from "./people-matching.js";
import { hasPhrases, searchPhrases, searchWords, textSnippet } from "./text-snippet.js";
import { documentRef } from "./sources.js";

/** What a search found: people by their names and aliases, documents by their title and text, best first. */
export interface SearchResults {
  people: { id: number; name: string; snippet: string }[];
  documents: { id: number; document: string; title: string | null; published: string | null; snippet: string }[];
}

/** How many of the most recent name matches a people search reads, per person it returns. */
const MATCHES_PER_RESULT = 4;

/**
 * People whose name or alias is exactly the text come first; then the people
 * named in most of the most recent matches ("Kim" finds the Kims the latest
 * articles name most), each once, with a snippet. The matches are read
 * newest first without ranking, so a search costs the same for "Kim" as for
 * a rare name.
 */
async function peopleHits(db: Kysely<Database>, text: string, limit: number): Promise<SearchResults["people"]> {
  const hits = await dialectOf(db).searchText(db, "people", text, { prefix: true, limit: limit * MATCHES_PER_RESULT, newest: true });
  const exact = await peopleNamed(db, text, limit * MATCHES_PER_RESULT);
  if (!hits.length && !exact.length) return [];
  const found = new Map<number, { snippet: string; matches: number; exact: boolean }>(exact.map((id) => [id, { snippet: "", matches: 0, exact: true }]));
  for (const row of await matchingRows(db, hits.map((h) => h.id), text)) {
    const entry = found.get(row.person) ?? { snippet: "", matches: 0, exact: false };
    entry.matches += 1;
    entry.snippet ||= row.snippet;
    found.set(row.person, entry);
  }
  const best = [...found].sort(([, a], [, b]) => Number(b.exact) - Number(a.exact) || b.matches - a.matches).slice(0, limit);
  const names = await personNames(db, best.map(([id]) => id));
  return best.map(([id, { snippet }]) => {
    const name = names.get(id) ?? "";
    return { id, name, snippet: snippet || `«${name}»` };
  });
}

/**
 * Documents by their title and text, best first. Access is filtered inside
 * the search (searchText); the index holds the text unredacted, so a hit is
 * kept only when the reader's text (masked) still holds every word of the
 * query, and the snippet is cut from it. When that drops hits, the next ones
 * of the ranked matches take their place: a document matched only by a
 * masked word neither shows nor takes another's place.
 */
async function documentHits(db: Kysely<Database>, text: string, limit: number): Promise<SearchResults["documents"]> {
  const first = await dialectOf(db).searchText(db, "documents", text, { limit });
  const found = await visibleDocuments(db, first.map((h) => h.id), text);
  if (found.length === first.length || first.length < limit) return found;
  const more = await dialectOf(db).searchText(db, "documents", text, { limit: RANKED_MATCHES });
  const seen = new Set(first.map((h) => h.id));
  return [...found, ...(await visibleDocuments(db, more.map((h) => h.id).filter((id) => !seen.has(id)), text))].slice(0, limit);
}

/** Of some documents, in order, those whose text or title as the reader sees it holds every word of the query, with a snippet. */
async function visibleDocuments(db: Kysely<Database>, ids: number[], text: string): Promise<SearchResults["documents"]> {
  if (!ids.length) return [];
  const docs = await inChunks(ids, (chunk) => db.selectFrom("documents").select(["id", "url", "source", "title", "published", "text"]).where("id", "in", chunk).execute());
  const byId = new Map(docs.map((d) => [d.id, d]));
  const words = searchWords(text);
  const phrases = searchPhrases(text);
  return ids.flatMap((id) => {
    const d = byId.get(id);
    if (!d) return [];
    // only a masked text can lack what the index found in it
    const seen = `${d.title ?? ""}\n${d.text}`;
    if (seen.includes(MASK) && !hasPhrases(seen, phrases)) return [];
    const snippet = textSnippet(d.text, words) ?? textSnippet(d.title ?? "", words) ?? "";
    return [{ id: d.id, document: documentRef(d), title: d.title, published: d.published, snippet }];
  });
}

/**
 * A person found by a spelling the full-text index does not know ("Tae
 * Yongho" for Thae Yong-ho): their entry, and their newest documents with a
 * snippet around the name that document uses.
 */
export async function personHits(db: Kysely<Database>, person: number, limit = 20): Promise<SearchResults> {
  const name = (await personNames(db, [person])).get(person) ?? "";
  const rows = await db.selectFrom("doc_people as p").innerJoin("documents as d", "d.id", "p.document_id")
    .select(["d.id", "d.url", "d.source", "d.title", "d.published", "d.text", "p.name"])
    .where((eb) => inClusters(eb, "p.person_id", "p.id", [person])).orderBy("d.id", "desc").limit(limit).execute();
  const documents = [...new Map(rows.map((r) => [r.id, r])).values()].map((d) => ({
    id: d.id, document: documentRef(d), title: d.title, published: d.published, snippet: textSnippet(d.text, searchWords(d.name)) ?? `«${d.name}»`,
  }));
  return { people: [{ id: person, name, snippet: `«${name}»` }], documents };
}

/** Full-text search over people's names and documents; the words are matched as words, never read as syntax. */
export async function searchKb(db: Kysely<Database>, text: string, limit = 20): Promise<SearchResults> {
  return { people: await peopleHits(db, text, limit), documents: await documentHits(db, text, limit) };
}
