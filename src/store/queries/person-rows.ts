import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { inClusters } from "../cluster-members.js";
import { CHUNK, inChunks } from "./in-chunks.js";
import { stringList } from "../json-list.js";
import type { SourceDocument } from "./sources.js";

/** A person as one document names them, with the knowledge-base person they belong to and their document. */
export interface PersonRow extends SourceDocument {
  id: number;
  /** The knowledge-base person: person_id, or the row's own id before resolution has run. */
  person: number;
  name: string;
  aliases: string[];
  titles: string[];
  title: string | null;
  published: string | null;
}

/** The doc_people rows of some knowledge-base people (all of them when `people` is not given), by id. */
export async function loadPersonRows(db: Kysely<Database>, people?: number[]): Promise<PersonRow[]> {
  if (people && !people.length) return [];
  if (people && people.length > CHUNK) return inChunks(people, (chunk) => loadPersonRows(db, chunk));
  const rows = await db
    .selectFrom("doc_people as p")
    .innerJoin("documents as d", "d.id", "p.document_id")
    .select((eb) => [
      "p.id", "p.name", "p.aliases", "p.titles", "p.document_id", "d.url", "d.source", "d.copy_of", "d.title", "d.published",
      eb.fn.coalesce("p.person_id", "p.id").as("person"),
    ])
    // person_id IN (…), or a row not yet resolved whose own id is asked for: written out so the indexes serve it
    .$if(people !== undefined, (qb) => qb.where((eb) => inClusters(eb, "p.person_id", "p.id", people!)))
    .orderBy("p.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    person: r.person,
    name: r.name,
    aliases: stringList(r.aliases),
    titles: stringList(r.titles),
    documentId: r.document_id,
    url: r.url,
    source: r.source,
    copyOf: r.copy_of,
    title: r.title,
    published: r.published,
  }));
}

/** Rows grouped by knowledge-base person, in order of person id. */
export function groupByPerson<R extends { person: number }>(rows: R[]): Map<number, R[]> {
  const groups = new Map<number, R[]>();
  for (const r of [...rows].sort((a, b) => a.person - b.person)) {
    const group = groups.get(r.person);
    if (group) group.push(r);
    else groups.set(r.person, [r]);
  }
  return groups;
}
