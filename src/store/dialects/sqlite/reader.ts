import type Database from "better-sqlite3";
import { levelsUpTo, type Level } from "../../../model/levels.js";
import { namesOf, redact, spansOf } from "../../redact.js";
import { shownSource } from "../../shown-source.js";
import { readerFacts } from "../reader-facts.js";

/**
 * A reader's knowledge base: on a connection of its own, TEMP views named
 * like the tables (SQLite looks in `temp` before `main`) show only what a
 * reader cleared for a level may see. Every query of the read side runs on
 * them unchanged, so pages, API routes, search, counts, timelines, charts and
 * exports cannot forget the check:
 * - documents above the clearance are absent, and with them their people,
 *   events, statements, judgements and review items;
 * - a protected identity above the clearance shows as its pseudonym with no
 *   aliases, posts or name key, and its mentions, names (also in titles and
 *   URLs) and raw input are masked in every document that stays visible
 *   (same length, so every span still points at the same words); its names
 *   are masked in every other field that can carry one too: outlets,
 *   attributions, actors, places, aliases and posts of other people,
 *   statement values, judgements' reasons, review items. A person is hidden
 *   when any of their rows is protected, or carries a protected full name
 *   (`protected_names`: a mention that joins later, or is split off, stays
 *   hidden);
 * - events and statements above the clearance are absent, and so are the
 *   values only such statements give (reader-facts.ts);
 * - a document's source is its URL, or the file's name without the server's
 *   path.
 */
export function createReaderViews(raw: Database.Database, clearance: Level): void {
  const allowed = levelsUpTo(clearance).map((l) => `'${l}'`).join(", ");
  let lastNames: { json: unknown; list: string[] } = { json: undefined, list: [] };
  const names = (json: unknown): string[] => (json === lastNames.json ? lastNames.list : (lastNames = { json, list: namesOf(json) }).list);
  raw.function("dossier_redact", { deterministic: true }, (text: unknown, spans: unknown, list: unknown) =>
    typeof text === "string" ? redact(text, spansOf(spans), names(list)) : text);
  raw.function("dossier_source", { deterministic: true }, (source: unknown) => (typeof source === "string" ? shownSource(source) : source));
  // refs such as "doc_person:12" as the id they name
  const refId = (column: string) => `CAST(substr(${column}, instr(${column}, ':') + 1) AS INTEGER)`;
  const hiddenRow = (id: string) => `${id} IN (SELECT id FROM hidden_rows)`;
  // a key lookup per row: "IN (SELECT id FROM visible_documents)" read every document's id for each statement that asked
  const visibleDocument = (id: string) => `EXISTS (SELECT 1 FROM main.documents vd WHERE vd.id = ${id} AND vd.level IN (${allowed}))`;
  const visibleRow = (id: string) => `(${id} IN (SELECT id FROM main.doc_people WHERE ${visibleDocument("document_id")}) AND NOT ${hiddenRow(id)})`;
  // a field masked with the hidden names: each view joins the list once (n), so that it is read once per statement
  const masked = (column: string) => `CASE WHEN n.names IS NULL THEN ${column} ELSE dossier_redact(${column}, '[]', n.names) END`;
  const withNames = "LEFT JOIN hidden_name_list n";
  const facts = readerFacts({
    statements: "main.statements", allowed,
    personId: (value) => refId(value),
    listWithout: (list, drop) => `(SELECT json_group_array(j.value) FROM (SELECT value FROM json_each(CASE WHEN json_valid(${list}) THEN ${list} ELSE '[]' END) ORDER BY key) j
      WHERE j.value NOT IN (${drop}))`,
  });
  const person = facts.columns("person", "p");
  const event = facts.columns("event", "e");
  const views = [
    `visible_documents AS SELECT id FROM main.documents WHERE level IN (${allowed})`,
    `hidden_people AS SELECT person, min(pseudonym) AS pseudonym FROM (
         SELECT coalesce(p.person_id, p.id) AS person, pr.pseudonym FROM main.protections pr JOIN main.doc_people p ON p.id = pr.doc_person_id WHERE pr.level NOT IN (${allowed})
         UNION ALL SELECT coalesce(p.person_id, p.id), pn.pseudonym FROM main.protected_names pn CROSS JOIN main.doc_person_names n ON n.key = pn.key
           CROSS JOIN main.doc_people p ON p.id = n.doc_person_id WHERE pn.level NOT IN (${allowed}))
       GROUP BY 1`,
    `hidden_rows AS SELECT p.id, p.document_id, p.name, p.aliases, p.mentions, h.pseudonym FROM main.doc_people p JOIN hidden_people h ON p.person_id = h.person
       UNION ALL SELECT p.id, p.document_id, p.name, p.aliases, p.mentions, h.pseudonym FROM main.doc_people p JOIN hidden_people h ON p.id = h.person WHERE p.person_id IS NULL`,
    // every name and alias of a hidden person but short ones ("Ri", "Kim": masked where the extraction found them, not everywhere)
    `hidden_names AS SELECT name FROM hidden_rows
       UNION SELECT j.value FROM hidden_rows r, json_each(CASE WHEN json_valid(r.aliases) THEN r.aliases ELSE '[]' END) j WHERE j.type = 'text'`,
    `hidden_name_list AS SELECT json_group_array(name) AS names FROM hidden_names WHERE length(name) >= 4 OR instr(trim(name), ' ') > 0 HAVING count(*) > 0`,
    `documents AS SELECT d.id, d.hash, d.published, d.level, d.pipeline, d.copy_of, d.signature, d.ingested_at,
       CASE WHEN n.names IS NULL THEN d.outlet ELSE dossier_redact(d.outlet, '[]', n.names) END AS outlet,
       CASE WHEN n.names IS NULL THEN dossier_source(d.source) ELSE dossier_redact(dossier_source(d.source), '[]', n.names) END AS source,
       CASE WHEN n.names IS NULL THEN d.url ELSE dossier_redact(d.url, '[]', n.names) END AS url,
       CASE WHEN n.names IS NULL THEN d.title ELSE dossier_redact(d.title, '[]', n.names) END AS title,
       CASE WHEN n.names IS NULL THEN d.raw ELSE '' END AS raw,
       CASE WHEN n.names IS NULL THEN d.text ELSE dossier_redact(d.text,
         (SELECT json_group_array(json(CASE WHEN json_valid(r.mentions) THEN r.mentions ELSE '[]' END)) FROM hidden_rows r WHERE r.document_id = d.id),
         n.names) END AS text
     FROM main.documents d
     LEFT JOIN hidden_name_list n
     WHERE d.level IN (${allowed})`,
    `doc_people AS SELECT p.id, p.document_id, p.local, p.mentions, p.person_id,
       coalesce(h.pseudonym, ${masked(person.get("name")!)}) AS name,
       CASE WHEN h.id IS NULL THEN ${masked(person.get("aliases")!)} ELSE '[]' END AS aliases,
       CASE WHEN h.id IS NULL THEN ${masked(person.get("titles")!)} ELSE '[]' END AS titles,
       CASE WHEN h.id IS NULL THEN p.block_key ELSE '' END AS block_key
     FROM main.doc_people p LEFT JOIN hidden_rows h ON h.id = p.id ${withNames} WHERE ${visibleDocument("p.document_id")}`,
    // a name or alias only hidden statements give finds nobody: such a row is looked up by its other rows and by search
    `doc_person_names AS SELECT key, doc_person_id FROM main.doc_person_names n WHERE ${visibleRow("doc_person_id")}
       AND NOT EXISTS (SELECT 1 FROM main.statements s WHERE s.subject = 'doc_person:' || n.doc_person_id AND s.prop IN ('name', 'alias') AND s.level <> 'public' AND s.level NOT IN (${allowed}))`,
    `doc_person_blocks AS SELECT * FROM main.doc_person_blocks WHERE ${visibleRow("doc_person_id")}`,
    `doc_events AS SELECT e.id, e.document_id, ${event.get("type")} AS type, ${event.get("doc_person_id")} AS doc_person_id,
       ${event.get("occurred")} AS occurred, ${event.get("disclosed")} AS disclosed, ${masked(event.get("place")!)} AS place, e.start, e.end,
       ${masked(event.get("attribution")!)} AS attribution, ${event.get("certainty")} AS certainty, e.level, e.event_id, e.review, e.corrected,
       CASE WHEN e.doc_person_id IS NOT NULL AND ${hiddenRow("e.doc_person_id")} THEN (SELECT pseudonym FROM hidden_rows WHERE id = e.doc_person_id)
         ELSE ${masked(event.get("actor")!)} END AS actor
     FROM main.doc_events e ${withNames} WHERE e.level IN (${allowed}) AND ${visibleDocument("e.document_id")} AND NOT ${facts.hiddenEvent("e")}`,
    `statements AS SELECT s.id, s.document_id, s.subject, s.prop, ${masked("s.value")} AS value, s.start, s.end, s.spans, s.review, s.producer, s.confidence,
       ${masked("s.attribution")} AS attribution, s.certainty, s.level
     FROM main.statements s ${withNames} WHERE s.level IN (${allowed}) AND ${visibleDocument("s.document_id")}
       AND NOT (s.subject LIKE 'doc_person:%' AND ${hiddenRow(refId("s.subject"))})
       AND NOT (s.subject LIKE 'doc_event:%' AND EXISTS (SELECT 1 FROM main.doc_events e WHERE e.id = ${refId("s.subject")}
         AND (e.level NOT IN (${allowed}) OR ${facts.hiddenEvent("e")})))`,
    `judgements AS SELECT j.id, j.left_id, j.right_id, j.verdict, j.by, j.at, ${masked("j.why")} AS why FROM main.judgements j ${withNames}
       WHERE ${visibleRow("left_id")} AND ${visibleRow("right_id")}`,
    // a fact judgement only when every document it applies to is visible and it is not about a hidden person; its anchors (which name people) never
    `fact_judgement_documents AS SELECT * FROM main.fact_judgement_documents WHERE ${visibleDocument("document_id")}`,
    `fact_judgements AS SELECT f.id, f.action, f.target, f.prop, ${masked("f.value")} AS value, '[]' AS anchors, f.by, f.at, ${masked("f.why")} AS why, f.undoes
       FROM main.fact_judgements f ${withNames}
       WHERE NOT EXISTS (SELECT 1 FROM main.fact_judgement_documents d WHERE d.judgement_id = f.id AND NOT ${visibleDocument("d.document_id")})
       AND NOT (f.target LIKE 'person:%' AND ${hiddenRow(refId("f.target"))})
       AND NOT (f.value LIKE 'doc_person:%' AND ${hiddenRow(refId("f.value"))})`,
    `review_items AS SELECT r.id, r.kind, r.subject, r.left_ref, r.right_ref, ${masked("r.detail")} AS detail, r.status, r.created_at FROM main.review_items r ${withNames} WHERE
       (r.left_ref NOT LIKE 'doc_person:%' OR ${visibleRow(refId("r.left_ref"))}) AND (r.right_ref NOT LIKE 'doc_person:%' OR ${visibleRow(refId("r.right_ref"))})
       AND (r.left_ref NOT LIKE 'doc_event:%' OR ${refId("r.left_ref")} IN (SELECT id FROM doc_events))
       AND (r.right_ref NOT LIKE 'doc_event:%' OR ${refId("r.right_ref")} IN (SELECT id FROM doc_events))`,
  ];
  for (const view of views) raw.exec(`CREATE TEMP VIEW ${view}`);
}
