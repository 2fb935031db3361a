import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { DossierError } from "../../../errors.js";
import { LEVELS, levelsUpTo, type Level } from "../../../model/levels.js";
import type { Database as Tables } from "../../database.js";
import { openPostgres } from "./connection.js";
import { redactFunctionsSql } from "./redact.js";
import { readerFacts } from "../reader-facts.js";

/**
 * A reader's knowledge base on PostgreSQL, the counterpart of SQLite's TEMP
 * views (dialects/sqlite/reader.ts, whose rules these views follow one for
 * one): a schema per knowledge base and clearance ("kb1_reader_public")
 * holds views named like the tables, and the reader's pool puts it first in
 * its search_path, before the knowledge base's schema, so every query of the
 * read side runs on them unchanged. Its connections are read-only
 * (default_transaction_read_only).
 *
 * The schema is made when a reader is first opened, under an advisory lock
 * (serving processes start together), and made again when the views
 * change: its comment holds a hash of their SQL.
 */
export async function openPostgresReader(db: Kysely<Tables>, url: string, clearance: Level): Promise<Kysely<Tables>> {
  const { rows } = await sql<{ schema: string; path: string; icu: boolean }>`SELECT current_schema() AS schema,
    array_to_string(ARRAY(SELECT quote_ident(s) FROM unnest(current_schemas(false)) s), ',') AS path,
    EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') AS icu`.execute(db);
  const { schema, path, icu } = rows[0];
  const reader = readerSchemaOf(schema, clearance);
  // PostgreSQL would cut a longer name to 63 bytes, and two clearances could end up in one schema
  if (Buffer.byteLength(reader) > 63) throw new DossierError("usage", `the schema name ${schema} is too long for its readers' schemas (at most 45 bytes)`);
  const statements = [...redactFunctionsSql(reader, icu ? "und-x-icu" : "default"), ...readerViewsSql(schema, reader, clearance)];
  const version = `dossier reader ${createHash("sha256").update(statements.join(";\n")).digest("hex").slice(0, 16)}`;
  await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`dossier reader ${reader}`}))`.execute(trx);
    const { rows: made } = await sql<{ version: string | null }>`SELECT obj_description(oid, 'pg_namespace') AS version FROM pg_namespace WHERE nspname = ${reader}`.execute(trx);
    if (made[0]?.version === version) return;
    await sql`DROP SCHEMA IF EXISTS ${sql.id(reader)} CASCADE`.execute(trx);
    await sql`CREATE SCHEMA ${sql.id(reader)}`.execute(trx);
    for (const statement of statements) await sql.raw(statement).execute(trx);
    await sql`COMMENT ON SCHEMA ${sql.id(reader)} IS ${sql.lit(version)}`.execute(trx);
  });
  return openPostgres(url, { max: 4, setUp: [`SET search_path TO "${reader}",${path}`, "SET default_transaction_read_only = on"] });
}

/** The schema of a clearance's views beside the knowledge base in `schema`. */
const readerSchemaOf = (schema: string, clearance: Level): string => `${schema}_reader_${clearance}`;

/**
 * Drops the reader schemas of the knowledge base in `schema`, before its
 * migrations run: a view would stop a migration from changing a column it
 * reads. The next reader opened makes them again.
 */
export async function dropReaderSchemas(db: Kysely<any>, schema: string): Promise<void> {
  for (const level of LEVELS) await sql`DROP SCHEMA IF EXISTS ${sql.id(readerSchemaOf(schema, level))} CASCADE`.execute(db);
}

/** The reader schema's views, as dialects/sqlite/reader.ts builds them on SQLite (see there for what each shows). */
function readerViewsSql(kbSchema: string, reader: string, clearance: Level): string[] {
  const k = (table: string) => `"${kbSchema}".${table}`;
  const r = (view: string) => `"${reader}".${view}`;
  const allowed = levelsUpTo(clearance).map((l) => `'${l}'`).join(", ");
  // refs such as "doc_person:12" as the id they name (NULL for anything else, where SQLite's CAST would give 0)
  const refId = (column: string, kind: string) => `(CASE WHEN ${column} ~ '^${kind}:[0-9]{1,9}$' THEN substr(${column}, ${kind.length + 2})::integer END)`;
  const hiddenRow = (id: string) => `${id} IN (SELECT id FROM ${r("hidden_rows")})`;
  const visibleDocument = (id: string) => `${id} IN (SELECT id FROM ${r("visible_documents")})`;
  const visibleRow = (id: string) => `(${id} IN (SELECT id FROM ${k("doc_people")} WHERE ${visibleDocument("document_id")}) AND NOT ${hiddenRow(id)})`;
  // a field masked with the hidden names: each view joins the list once (n), so that it is planned and read once per query
  const masked = (column: string) => `${r("dossier_mask")}(${column}, n.names, n.pattern)`;
  const withNames = `LEFT JOIN ${r("hidden_name_list")} n ON true`;
  const facts = readerFacts({
    statements: k("statements"), allowed,
    personId: (value) => refId(value, "doc_person"),
    listWithout: (list, drop) => `(SELECT coalesce(json_agg(e.v ORDER BY e.o)::text, '[]')
      FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(${r("dossier_json")}(${list})) = 'array' THEN ${r("dossier_json")}(${list}) ELSE '[]'::jsonb END) WITH ORDINALITY AS e(v, o)
      WHERE e.v NOT IN (${drop}))`,
  });
  const person = facts.columns("person", "p");
  const event = facts.columns("event", "e");
  const views = [
    `visible_documents AS SELECT id FROM ${k("documents")} WHERE level IN (${allowed})`,
    `hidden_rows AS SELECT * FROM ${r("dossier_hidden_rows")}()`,
    `hidden_name_list AS SELECT * FROM ${r("dossier_hidden_name_list")}() WHERE names IS NOT NULL`,
    // the search column is the table's (indexed, unredacted): search-kb.ts keeps a hit only when the reader's text or name still matches
    `documents AS SELECT d.id, d.hash,
       CASE WHEN n.names IS NULL THEN ${r("dossier_source")}(d.source) ELSE ${r("dossier_redact")}(${r("dossier_source")}(d.source), '{}', n.names) END AS source,
       CASE WHEN n.names IS NULL THEN d.url ELSE ${r("dossier_redact")}(d.url, '{}', n.names) END AS url,
       CASE WHEN n.names IS NULL THEN d.title ELSE ${r("dossier_redact")}(d.title, '{}', n.names) END AS title,
       CASE WHEN n.names IS NULL THEN d.outlet ELSE ${r("dossier_redact")}(d.outlet, '{}', n.names) END AS outlet,
       d.published,
       CASE WHEN n.names IS NULL THEN d.raw ELSE '' END AS raw,
       CASE WHEN n.names IS NULL THEN d.text ELSE ${r("dossier_redact")}(d.text, ARRAY(SELECT h.mentions FROM ${r("hidden_rows")} h WHERE h.document_id = d.id), n.names) END AS text,
       d.level, d.pipeline, d.copy_of, d.ingested_at, d.signature, d.search
     FROM ${k("documents")} d
     LEFT JOIN ${r("hidden_name_list")} n ON true
     WHERE d.level IN (${allowed})`,
    `doc_people AS SELECT p.id, p.document_id, p.local,
       coalesce(h.pseudonym, ${masked(person.get("name")!)}) AS name,
       CASE WHEN h.id IS NULL THEN ${masked(person.get("aliases")!)} ELSE '[]' END AS aliases,
       CASE WHEN h.id IS NULL THEN ${masked(person.get("titles")!)} ELSE '[]' END AS titles,
       p.mentions,
       CASE WHEN h.id IS NULL THEN p.block_key ELSE '' END AS block_key,
       p.person_id, p.search
     FROM ${k("doc_people")} p LEFT JOIN ${r("hidden_rows")} h ON h.id = p.id ${withNames} WHERE ${visibleDocument("p.document_id")}`,
    `doc_person_names AS SELECT key, doc_person_id FROM ${k("doc_person_names")} n WHERE ${visibleRow("doc_person_id")}
       AND NOT EXISTS (SELECT 1 FROM ${k("statements")} s WHERE s.subject = 'doc_person:' || n.doc_person_id AND s.prop IN ('name', 'alias')
         AND s.level <> 'public' AND s.level NOT IN (${allowed}))`,
    `doc_person_blocks AS SELECT * FROM ${k("doc_person_blocks")} WHERE ${visibleRow("doc_person_id")}`,
    `doc_events AS SELECT e.id, e.document_id, ${event.get("type")} AS type, ${event.get("doc_person_id")} AS doc_person_id,
       CASE WHEN e.doc_person_id IS NOT NULL AND ${hiddenRow("e.doc_person_id")} THEN (SELECT min(pseudonym) FROM ${r("hidden_rows")} WHERE id = e.doc_person_id)
         ELSE ${masked(event.get("actor")!)} END AS actor,
       ${event.get("occurred")} AS occurred, ${event.get("disclosed")} AS disclosed, ${masked(event.get("place")!)} AS place, e.start, e."end",
       ${masked(event.get("attribution")!)} AS attribution, ${event.get("certainty")} AS certainty, e.event_id, e.level, e.review, e.corrected
     FROM ${k("doc_events")} e ${withNames} WHERE e.level IN (${allowed}) AND ${visibleDocument("e.document_id")} AND NOT ${facts.hiddenEvent("e")}`,
    `statements AS SELECT s.id, s.document_id, s.subject, s.prop, ${masked("s.value")} AS value, s.start, s."end", s.spans, s.review, s.producer, s.confidence,
       ${masked("s.attribution")} AS attribution, s.certainty, s.level
     FROM ${k("statements")} s ${withNames} WHERE s.level IN (${allowed}) AND ${visibleDocument("s.document_id")}
       AND NOT coalesce(${hiddenRow(refId("s.subject", "doc_person"))}, false)
       AND NOT EXISTS (SELECT 1 FROM ${k("doc_events")} e WHERE e.id = ${refId("s.subject", "doc_event")}
         AND (e.level NOT IN (${allowed}) OR ${facts.hiddenEvent("e")}))`,
    `judgements AS SELECT j.id, j.left_id, j.right_id, j.verdict, j.by, j.at, ${masked("j.why")} AS why FROM ${k("judgements")} j ${withNames}
       WHERE ${visibleRow("left_id")} AND ${visibleRow("right_id")}`,
    // a fact judgement only when every document it applies to is visible and it is not about a hidden person; its anchors (which name people) never
    `fact_judgement_documents AS SELECT * FROM ${k("fact_judgement_documents")} WHERE ${visibleDocument("document_id")}`,
    `fact_judgements AS SELECT f.id, f.action, f.target, f.prop, ${masked("f.value")} AS value, '[]'::text AS anchors, f.by, f.at, ${masked("f.why")} AS why, f.undoes
       FROM ${k("fact_judgements")} f ${withNames}
       WHERE NOT EXISTS (SELECT 1 FROM ${k("fact_judgement_documents")} d WHERE d.judgement_id = f.id AND NOT ${visibleDocument("d.document_id")})
       AND NOT coalesce(${hiddenRow(refId("f.target", "person"))}, false)
       AND NOT coalesce(${hiddenRow(refId("f.value", "doc_person"))}, false)`,
    `review_items AS SELECT ri.id, ri.kind, ri.subject, ri.left_ref, ri.right_ref, ${masked("ri.detail")} AS detail, ri.status, ri.created_at
       FROM ${k("review_items")} ri ${withNames} WHERE
       (ri.left_ref NOT LIKE 'doc_person:%' OR coalesce(${visibleRow(refId("ri.left_ref", "doc_person"))}, false))
       AND (ri.right_ref NOT LIKE 'doc_person:%' OR coalesce(${visibleRow(refId("ri.right_ref", "doc_person"))}, false))
       AND (ri.left_ref NOT LIKE 'doc_event:%' OR ${refId("ri.left_ref", "doc_event")} IN (SELECT id FROM ${r("doc_events")}))
       AND (ri.right_ref NOT LIKE 'doc_event:%' OR ${refId("ri.right_ref", "doc_event")} IN (SELECT id FROM ${r("doc_events")}))`,
  ];
  return [...hiddenFunctionsSql(k, r, allowed), ...views.map((view) => `CREATE VIEW ${r("")}${view}`)];
}

/**
 * A protected identity's rows and names, as PL/pgSQL functions the views
 * call: every view of a reader refers to them, often twice, and as views
 * they were planned again in every query (3 to 10 ms of planning a query);
 * a function's plan is made once per connection. Small sets: ROWS says so.
 */
function hiddenFunctionsSql(k: (table: string) => string, r: (name: string) => string, allowed: string): string[] {
  return [
    // the people hidden from this reader: any row protected above its clearance, or carrying a protected full name
    `CREATE FUNCTION ${r("dossier_hidden_rows")}() RETURNS TABLE (id integer, document_id integer, name text, aliases text, mentions text, pseudonym text)
      LANGUAGE plpgsql STABLE ROWS 10 AS $$ BEGIN RETURN QUERY
      WITH hidden_people AS (SELECT h.person, min(h.pseudonym) AS pseudonym FROM (
          SELECT coalesce(p.person_id, p.id) AS person, pr.pseudonym FROM ${k("protections")} pr JOIN ${k("doc_people")} p ON p.id = pr.doc_person_id
            WHERE pr.level NOT IN (${allowed})
          UNION ALL SELECT coalesce(p.person_id, p.id), pn.pseudonym FROM ${k("protected_names")} pn JOIN ${k("doc_person_names")} n ON n.key = pn.key
            JOIN ${k("doc_people")} p ON p.id = n.doc_person_id WHERE pn.level NOT IN (${allowed})) h
        GROUP BY 1)
      SELECT p.id, p.document_id, p.name, p.aliases, p.mentions, h.pseudonym FROM ${k("doc_people")} p JOIN hidden_people h ON p.person_id = h.person
      UNION ALL SELECT p.id, p.document_id, p.name, p.aliases, p.mentions, h.pseudonym FROM ${k("doc_people")} p JOIN hidden_people h ON p.id = h.person
        WHERE p.person_id IS NULL;
      END $$`,
    // every name and alias of a hidden person but short ones ("Ri", "Kim": masked where the extraction found them, not everywhere), and what they start with
    `CREATE FUNCTION ${r("dossier_hidden_name_list")}() RETURNS TABLE (names text[], pattern text) LANGUAGE plpgsql STABLE ROWS 1 AS $$ BEGIN RETURN QUERY
      WITH hidden AS (SELECT * FROM ${r("dossier_hidden_rows")}()),
        named AS (SELECT h.name AS n FROM hidden h UNION SELECT a FROM hidden h, LATERAL ${r("dossier_string_list")}(h.aliases) a)
      SELECT array_agg(named.n), ${r("dossier_name_pattern")}(array_agg(named.n)) FROM named
        WHERE char_length(named.n) >= 4 OR position(' ' in btrim(named.n)) > 0;
      END $$`,
  ];
}
