import type { Evidence } from "../../store/queries/export-evidence.js";
import type { EventListEntry, PersonListEntry } from "../reading/kb-queries.js";

/**
 * One CSV for people, events and their evidence: a `kind` column says which
 * a row is (person, event, evidence), and a cell with several values joins
 * them with "; ". An evidence row gives one source's words for a person or
 * an event (`evidence_of`, `id`): the document, its URL, the quote and its
 * offsets in the stored text. Columns a kind does not use are empty.
 */
export const CSV_COLUMNS = [
  "kind", "id", "name", "type", "person", "occurred", "disclosed", "first", "last", "aliases", "titles", "countries",
  "documents", "sources", "independent_sources", "lag_days", "certainty", "evidence_of", "document", "url", "quote", "start", "end",
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null | string[]>>;

/** Characters a spreadsheet reads as the start of a formula (and tab and carriage return, which some read so after trimming). */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * A cell as RFC 4180 wants it: quoted when it holds a comma, a quote or a
 * line break, quotes doubled. A text that a spreadsheet would run as a
 * formula ("=HYPERLINK(…)", "+1", "@SUM", "-2+3") is neutralised with a
 * leading apostrophe; numbers are written as they are.
 */
export function csvCell(value: string | number | null | undefined | string[]): string {
  if (typeof value === "number") return String(value);
  const text = Array.isArray(value) ? value.join("; ") : value === null || value === undefined ? "" : value;
  const s = FORMULA.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (row: Row): string => CSV_COLUMNS.map((c) => csvCell(row[c])).join(",");

const personRow = (p: PersonListEntry): Row => ({
  kind: "person", id: p.id, name: p.name, type: p.events, first: p.first, last: p.last, aliases: p.aliases, titles: p.titles,
  countries: p.countries, documents: p.documents, sources: p.documentCount, independent_sources: p.independentSources,
});

const eventRow = (e: EventListEntry): Row => ({
  kind: "event", id: e.id, name: e.personName ?? e.actor, type: e.type, person: e.person, occurred: e.occurred, disclosed: e.disclosed,
  first: e.firstReported, countries: e.places, documents: e.documents, sources: e.sources, independent_sources: e.independentSources, lag_days: e.lagDays,
  certainty: e.certainty,
});

const evidenceRow = (of: "person" | "event") => (ev: Evidence): Row => ({
  kind: "evidence", id: ev.of, evidence_of: of, name: ev.name, document: ev.ref, url: ev.url, quote: ev.quote, start: ev.start, end: ev.end,
});

/** The header line, then one line per person and per event, then one per source of each; each line ends in CRLF. */
export function toCsv(people: PersonListEntry[], events: EventListEntry[], evidence: { people: Evidence[]; events: Evidence[] }): string {
  return [CSV_COLUMNS.join(","), ...people.map(personRow).map(line), ...events.map(eventRow).map(line),
    ...evidence.people.map(evidenceRow("person")).map(line), ...evidence.events.map(evidenceRow("event")).map(line)].map((l) => `${l}\r\n`).join("");
}
