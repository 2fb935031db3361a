import { subjectSchemas, type Property, type SubjectKind } from "../../model/properties.js";

/**
 * The derived columns of doc_people and doc_events as a reader sees them:
 * statement levels hold in every read. A row's column is what its
 * statements say (store/facts/project-facts.ts); when a statement of that
 * property is above the reader's clearance (`dossier level statement N
 * confidential` on a post, a date, a country), the column is derived again
 * from the statements the reader may see, as projectSubject does: a
 * one-valued property takes the first visible statement that counts (or the
 * analyst's value, which is no statement), a list drops the values only
 * hidden statements give. Rows without such a statement (nearly all) keep
 * the stored column: one probe of a small partial index
 * (`statements_raised`, migration 030) per column decides.
 *
 * Built from schema/properties.yaml, for both dialects' reader views.
 */
export interface ReaderSql {
  /** The statements table by its full name ("main.statements", "kb".statements). */
  statements: string;
  /** The levels the reader may see, as an SQL list ("'public', 'restricted'"). */
  allowed: string;
  /** The id in a "doc_person:12" value. */
  personId(value: string): string;
  /** A JSON list of strings without the values `drop` (a subquery of values) selects. */
  listWithout(list: string, drop: string): string;
}

const PREFIX: Record<SubjectKind, string> = { person: "doc_person", event: "doc_event" };

/** What a one-valued property shows when no statement the reader may see gives it. */
const FALLBACK: Partial<Record<Property["type"], string>> = { name: "'(name withheld)'", certainty: "'reported'" };

export function readerFacts(q: ReaderSql) {
  const subject = (kind: SubjectKind, row: string) => `'${PREFIX[kind]}:' || ${row}.id`;
  const hiddenWhere = (kind: SubjectKind, row: string, prop: string) =>
    `s.subject = ${subject(kind, row)} AND s.prop = '${prop}' AND s.level <> 'public' AND s.level NOT IN (${q.allowed})`;
  const visibleWhere = (kind: SubjectKind, row: string, prop: string) =>
    `s.subject = ${subject(kind, row)} AND s.prop = '${prop}' AND s.level IN (${q.allowed}) AND s.review NOT IN ('rejected', 'edited')`;
  const hidden = (kind: SubjectKind, row: string, prop: string) => `EXISTS (SELECT 1 FROM ${q.statements} s WHERE ${hiddenWhere(kind, row, prop)})`;
  const firstVisible = (kind: SubjectKind, row: string, prop: string) =>
    `(SELECT s.value FROM ${q.statements} s WHERE ${visibleWhere(kind, row, prop)} ORDER BY s.id LIMIT 1)`;

  /** The column of one property as the reader sees it, for the row aliased `row`. */
  function column(p: Property, row: string): string {
    const stored = `${row}.${p.column}`;
    if (!p.one) {
      const drop = `SELECT s.value FROM ${q.statements} s WHERE ${hiddenWhere(p.kind, row, p.name)}
        AND s.value NOT IN (SELECT s.value FROM ${q.statements} s WHERE ${visibleWhere(p.kind, row, p.name)})`;
      return `CASE WHEN ${hidden(p.kind, row, p.name)} THEN ${q.listWithout(stored, drop)} ELSE ${stored} END`;
    }
    const first = firstVisible(p.kind, row, p.name);
    const value = p.type === "person" ? q.personId(first) : FALLBACK[p.type] ? `coalesce(${first}, ${FALLBACK[p.type]})` : first;
    // an analyst's value (an event's `corrected` lists it) is no statement: it stands
    const own = p.kind === "event" ? ` AND coalesce(${row}.corrected, '') NOT LIKE '%"${p.name}"%'` : "";
    return `CASE WHEN ${hidden(p.kind, row, p.name)}${own} THEN ${value} ELSE ${stored} END`;
  }

  return {
    /** Each derived column of a kind, by column name. */
    columns(kind: SubjectKind, row: string): Map<string, string> {
      return new Map(subjectSchemas().get(kind)!.properties.filter((p) => p.column).map((p) => [p.column!, column(p, row)]));
    },
    /** True for an event whose type only hidden statements give: the reader does not see the event. */
    hiddenEvent(row: string): string {
      return `(${hidden("event", row, "type")} AND ${firstVisible("event", row, "type")} IS NULL)`;
    },
  };
}
