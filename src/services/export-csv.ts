import type { EventListEntry, PersonListEntry } from "./kb-queries.js";

/**
 * One CSV for people and events: a `kind` column says which a row is, and a
 * cell with several values joins them with "; ". Columns a kind does not use
 * are empty.
 */
export const CSV_COLUMNS = [
  "kind", "id", "name", "type", "person", "occurred", "disclosed", "first", "last", "aliases", "titles", "countries",
  "documents", "sources", "independent_sources", "lag_days", "certainty",
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null | string[]>>;

/** A cell as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvCell(value: string | number | null | undefined | string[]): string {
  const s = Array.isArray(value) ? value.join("; ") : value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (row: Row): string => CSV_COLUMNS.map((c) => csvCell(row[c])).join(",");

const personRow = (p: PersonListEntry): Row => ({
  kind: "person", id: p.id, name: p.name, type: p.events, first: p.first, last: p.last, aliases: p.aliases, titles: p.titles,
  countries: p.countries, documents: p.documents, sources: p.documentCount, independent_sources: p.independentSources,
});

const eventRow = (e: EventListEntry): Row => ({
  kind: "event", id: e.id, name: e.personName ?? e.actor, type: e.type, person: e.person, occurred: e.occurred, disclosed: e.disclosed,
  countries: e.places, documents: e.documents, sources: e.sources, independent_sources: e.independentSources, lag_days: e.lagDays, certainty: e.certainty,
});

/** The header line, then one line per person and one per event, each ending in CRLF. */
export function toCsv(people: PersonListEntry[], events: EventListEntry[]): string {
  return [CSV_COLUMNS.join(","), ...people.map(personRow).map(line), ...events.map(eventRow).map(line)].map((l) => `${l}\r\n`).join("");
}
