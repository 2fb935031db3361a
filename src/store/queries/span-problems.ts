import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";

interface SpanRow { what: string; start: number; end: number; document_id: number; chars: number }

/**
 * Spans that do not lie within their document's text: statements, event
 * evidence and the mentions of document persons. SQLite's length() counts
 * characters and a span counts UTF-16 units (never fewer), so a span that
 * ends past length() is only a candidate, confirmed against the text as
 * JavaScript measures it.
 */
export async function spanProblems(db: Kysely<Database>): Promise<string[]> {
  const statements = await sql<SpanRow>`SELECT 'statement ' || s.id AS what, s.start, s."end", s.document_id, length(d.text) AS chars
    FROM statements s JOIN documents d ON d.id = s.document_id WHERE s.start < 0 OR s."end" < s.start OR s."end" > length(d.text)`.execute(db);
  const events = await sql<SpanRow>`SELECT 'event evidence ' || e.id AS what, e.start, e."end", e.document_id, length(d.text) AS chars
    FROM doc_events e JOIN documents d ON d.id = e.document_id WHERE e.start < 0 OR e."end" < e.start OR e."end" > length(d.text)`.execute(db);
  const candidates = [...statements.rows, ...events.rows, ...(await mentionCandidates(db))];
  const problems: string[] = [];
  const lengths = new Map<number, number>();
  for (const c of candidates) {
    if (c.start >= 0 && c.end >= c.start) {
      if (!lengths.has(c.document_id)) lengths.set(c.document_id, await textLength(db, c.document_id));
      if (c.end <= lengths.get(c.document_id)!) continue;
    }
    problems.push(`${c.what}: span ${c.start}-${c.end} is not within the text of document ${c.document_id}`);
  }
  return problems;
}

/** Mentions of document persons (JSON arrays of spans) that may lie outside the text; unreadable mention lists are problems too. */
async function mentionCandidates(db: Kysely<Database>): Promise<SpanRow[]> {
  const rows = await sql<{ id: number; document_id: number; mentions: string; chars: number }>`SELECT p.id, p.document_id, p.mentions, length(d.text) AS chars
    FROM doc_people p JOIN documents d ON d.id = p.document_id`.execute(db);
  const out: SpanRow[] = [];
  for (const r of rows.rows) {
    let spans: { start: unknown; end: unknown }[];
    try {
      spans = JSON.parse(r.mentions);
      if (!Array.isArray(spans)) throw new Error("not a list");
    } catch {
      out.push({ what: `mentions of person row ${r.id} (not a JSON list)`, start: -1, end: -1, document_id: r.document_id, chars: r.chars });
      continue;
    }
    for (const s of spans) {
      const [start, end] = [Number(s?.start), Number(s?.end)];
      const bad = !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start;
      if (bad || end > r.chars) out.push({ what: `mention of person row ${r.id}`, start: bad ? -1 : start, end, document_id: r.document_id, chars: r.chars });
    }
  }
  return out;
}

async function textLength(db: Kysely<Database>, documentId: number): Promise<number> {
  const row = await db.selectFrom("documents").select("text").where("id", "=", documentId).executeTakeFirst();
  return row?.text.length ?? 0;
}
