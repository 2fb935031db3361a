import type Database from "better-sqlite3";
import { levelsUpTo, type Level } from "../../model/levels.js";
import { namesOf, redact, spansOf } from "../redact.js";

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
 *   (same length, so every span still points at the same words);
 * - events and statements above the clearance are absent.
 */
export function createReaderViews(raw: Database.Database, clearance: Level): void {
  const allowed = levelsUpTo(clearance).map((l) => `'${l}'`).join(", ");
  raw.function("dossier_redact", { deterministic: true }, (text: unknown, spans: unknown, names: unknown) =>
    typeof text === "string" ? redact(text, spansOf(spans), namesOf(names)) : text);
  // refs such as "doc_person:12" as the id they name
  const refId = (column: string) => `CAST(substr(${column}, instr(${column}, ':') + 1) AS INTEGER)`;
  const hiddenRow = (id: string) => `${id} IN (SELECT id FROM hidden_rows)`;
  const visibleDocument = (id: string) => `${id} IN (SELECT id FROM visible_documents)`;
  const visibleRow = (id: string) => `(${id} IN (SELECT id FROM main.doc_people WHERE ${visibleDocument("document_id")}) AND NOT ${hiddenRow(id)})`;
  const views = [
    `visible_documents AS SELECT id FROM main.documents WHERE level IN (${allowed})`,
    `hidden_people AS SELECT coalesce(p.person_id, p.id) AS person, min(pr.pseudonym) AS pseudonym
       FROM main.protections pr JOIN main.doc_people p ON p.id = pr.doc_person_id WHERE pr.level NOT IN (${allowed}) GROUP BY 1`,
    `hidden_rows AS SELECT p.id, p.document_id, p.name, p.aliases, p.mentions, h.pseudonym FROM main.doc_people p JOIN hidden_people h ON p.person_id = h.person
       UNION ALL SELECT p.id, p.document_id, p.name, p.aliases, p.mentions, h.pseudonym FROM main.doc_people p JOIN hidden_people h ON p.id = h.person WHERE p.person_id IS NULL`,
    // every name and alias of a hidden person but short ones ("Ri", "Kim": masked where the extraction found them, not everywhere)
    `hidden_names AS SELECT name FROM hidden_rows
       UNION SELECT j.value FROM hidden_rows r, json_each(CASE WHEN json_valid(r.aliases) THEN r.aliases ELSE '[]' END) j WHERE j.type = 'text'`,
    `documents AS SELECT d.id, d.hash, d.outlet, d.published, d.level, d.pipeline, d.copy_of, d.signature, d.ingested_at,
       CASE WHEN n.names IS NULL THEN d.source ELSE dossier_redact(d.source, '[]', n.names) END AS source,
       CASE WHEN n.names IS NULL THEN d.url ELSE dossier_redact(d.url, '[]', n.names) END AS url,
       CASE WHEN n.names IS NULL THEN d.title ELSE dossier_redact(d.title, '[]', n.names) END AS title,
       CASE WHEN n.names IS NULL THEN d.raw ELSE '' END AS raw,
       CASE WHEN n.names IS NULL THEN d.text ELSE dossier_redact(d.text,
         (SELECT json_group_array(json(CASE WHEN json_valid(r.mentions) THEN r.mentions ELSE '[]' END)) FROM hidden_rows r WHERE r.document_id = d.id),
         n.names) END AS text
     FROM main.documents d
     LEFT JOIN (SELECT json_group_array(name) AS names FROM hidden_names WHERE length(name) >= 4 OR instr(trim(name), ' ') > 0 HAVING count(*) > 0) n
     WHERE d.level IN (${allowed})`,
    `doc_people AS SELECT p.id, p.document_id, p.local, p.mentions, p.person_id,
       coalesce(h.pseudonym, p.name) AS name,
       CASE WHEN h.id IS NULL THEN p.aliases ELSE '[]' END AS aliases,
       CASE WHEN h.id IS NULL THEN p.titles ELSE '[]' END AS titles,
       CASE WHEN h.id IS NULL THEN p.block_key ELSE '' END AS block_key
     FROM main.doc_people p LEFT JOIN hidden_rows h ON h.id = p.id WHERE ${visibleDocument("p.document_id")}`,
    `doc_person_names AS SELECT key, doc_person_id FROM main.doc_person_names WHERE ${visibleRow("doc_person_id")}`,
    `doc_person_blocks AS SELECT * FROM main.doc_person_blocks WHERE ${visibleRow("doc_person_id")}`,
    `doc_events AS SELECT e.id, e.document_id, e.type, e.doc_person_id, e.occurred, e.disclosed, e.place, e.start, e.end,
       e.attribution, e.certainty, e.level, e.event_id, e.review, e.corrected,
       CASE WHEN e.doc_person_id IS NOT NULL AND ${hiddenRow("e.doc_person_id")} THEN (SELECT pseudonym FROM hidden_rows WHERE id = e.doc_person_id) ELSE e.actor END AS actor
     FROM main.doc_events e WHERE e.level IN (${allowed}) AND ${visibleDocument("e.document_id")}`,
    `statements AS SELECT * FROM main.statements s WHERE s.level IN (${allowed}) AND ${visibleDocument("s.document_id")}
       AND NOT (s.subject LIKE 'doc_person:%' AND ${hiddenRow(refId("s.subject"))})`,
    `judgements AS SELECT * FROM main.judgements WHERE ${visibleRow("left_id")} AND ${visibleRow("right_id")}`,
    // a fact judgement only when every document it applies to is visible and it is not about a hidden person; its anchors (which name people) never
    `fact_judgement_documents AS SELECT * FROM main.fact_judgement_documents WHERE ${visibleDocument("document_id")}`,
    `fact_judgements AS SELECT f.id, f.action, f.target, f.prop, f.value, '[]' AS anchors, f.by, f.at, f.why, f.undoes FROM main.fact_judgements f
       WHERE NOT EXISTS (SELECT 1 FROM main.fact_judgement_documents d WHERE d.judgement_id = f.id AND NOT ${visibleDocument("d.document_id")})
       AND NOT (f.target LIKE 'person:%' AND ${hiddenRow(refId("f.target"))})
       AND NOT (f.value LIKE 'doc_person:%' AND ${hiddenRow(refId("f.value"))})`,
    `review_items AS SELECT * FROM main.review_items r WHERE
       (r.left_ref NOT LIKE 'doc_person:%' OR ${visibleRow(refId("r.left_ref"))}) AND (r.right_ref NOT LIKE 'doc_person:%' OR ${visibleRow(refId("r.right_ref"))})
       AND (r.left_ref NOT LIKE 'doc_event:%' OR ${refId("r.left_ref")} IN (SELECT id FROM doc_events))
       AND (r.right_ref NOT LIKE 'doc_event:%' OR ${refId("r.right_ref")} IN (SELECT id FROM doc_events))`,
  ];
  for (const view of views) raw.exec(`CREATE TEMP VIEW ${view}`);
}
