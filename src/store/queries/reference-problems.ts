import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";
import { dialectOf } from "../dialects/dialect-of.js";

/** One line per row that a query found, with a readable description. */
async function found(db: Kysely<Database>, query: ReturnType<typeof sql<{ line: string }>>): Promise<string[]> {
  return (await query.execute(db)).rows.map((r) => r.line);
}

/**
 * Links between rows that no foreign key declares: a statement's subject
 * ("doc_person:12", "doc_event:7") is a row of the same document; an event's
 * person is a person of the same document (unless an analyst set it). And each document's extraction is
 * whole: every document person has its name statement and a blocking key,
 * every event its type statement (all are written in one transaction).
 */
export async function referenceProblems(db: Kysely<Database>): Promise<string[]> {
  const { checks } = dialectOf(db);
  return [
    ...(await found(db, sql<{ line: string }>`SELECT 'statement ' || s.id || ' is about ' || s.subject || ', which is not a person of document ' || s.document_id AS line
      FROM statements s WHERE s.subject LIKE 'doc_person:%' AND NOT EXISTS
      (SELECT 1 FROM doc_people p WHERE p.id = ${checks.idFrom(sql.ref("s.subject"), 12)} AND p.document_id = s.document_id)`)),
    ...(await found(db, sql<{ line: string }>`SELECT 'statement ' || s.id || ' is about ' || s.subject || ', which is not an event of document ' || s.document_id AS line
      FROM statements s WHERE s.subject LIKE 'doc_event:%' AND NOT EXISTS
      (SELECT 1 FROM doc_events e WHERE e.id = ${checks.idFrom(sql.ref("s.subject"), 11)} AND e.document_id = s.document_id)`)),
    ...(await found(db, sql<{ line: string }>`SELECT 'statement ' || s.id || ' has a subject of no known kind: ' || s.subject AS line
      FROM statements s WHERE s.subject NOT LIKE 'doc_person:%' AND s.subject NOT LIKE 'doc_event:%'`)),
    ...(await found(db, sql<{ line: string }>`SELECT 'event row ' || e.id || ' names person row ' || e.doc_person_id || ', which is not a person of document ' || e.document_id AS line
      FROM doc_events e WHERE e.doc_person_id IS NOT NULL AND (e.corrected IS NULL OR e.corrected NOT LIKE '%"person"%') AND NOT EXISTS
      (SELECT 1 FROM doc_people p WHERE p.id = e.doc_person_id AND p.document_id = e.document_id)`)),
    ...(await found(db, sql<{ line: string }>`SELECT 'person row ' || p.id || ' of document ' || p.document_id || ' has no name statement (extraction not whole)' AS line
      FROM doc_people p WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.subject = 'doc_person:' || p.id AND s.prop = 'name')`)),
    ...(await found(db, sql<{ line: string }>`SELECT 'event row ' || e.id || ' of document ' || e.document_id || ' has no type statement (extraction not whole)' AS line
      FROM doc_events e WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.subject = 'doc_event:' || e.id AND s.prop = 'type')`)),
    ...(await found(db, sql<{ line: string }>`SELECT 'person row ' || p.id || ' has no blocking key, so resolution never sees it' AS line
      FROM doc_people p WHERE NOT EXISTS (SELECT 1 FROM doc_person_blocks b WHERE b.doc_person_id = p.id)`)),
    ...(await found(db, sql<{ line: string }>`SELECT 'document ' || id || ' (' || source || ') records no pipeline' AS line FROM documents WHERE pipeline = ''`)),
  ];
}
