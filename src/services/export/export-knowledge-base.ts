import { DossierError } from "../../errors.js";
import type { Store } from "../../store/open-store.js";
import { toCsv } from "./export-csv.js";
import { ftmEntities } from "./export-ftm.js";
import { eventList, peopleList } from "../reading/kb-queries.js";
import { eventEvidence, personEvidence, type Evidence } from "../../store/queries/export-evidence.js";
import { statementsCsv } from "./export-statements.js";

export const EXPORT_FORMATS = ["ftm", "csv", "json", "statements"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Checks a --format value. */
export function exportFormat(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) throw new DossierError("usage", `--format must be ${EXPORT_FORMATS.join(", ")}, not "${value}"`);
  return value as ExportFormat;
}

/** One source's words, as JSON exports give them per person and event. */
const sourceOf = (ev: Evidence) => ({ documentId: ev.documentId, document: ev.ref, url: ev.url, ...(ev.name === null ? {} : { name: ev.name }), start: ev.start, end: ev.end, quote: ev.quote });

/**
 * The whole knowledge base in one format: FtM entities as JSON lines, one CSV
 * of people, events and their evidence with a kind column, JSON {people,
 * events} with each one's evidence (document, URL, quote and offsets), or
 * the statements in FtM's statement layout.
 */
export async function exportKnowledgeBase(store: Store, format: ExportFormat): Promise<string> {
  if (format === "ftm") return (await ftmEntities(store)).map((e) => `${JSON.stringify(e)}\n`).join("");
  if (format === "statements") return statementsCsv(store);
  const people = await peopleList(store, { sort: "name" });
  const events = await eventList(store);
  const evidence = { people: await personEvidence(store.db), events: await eventEvidence(store.db) };
  if (format === "csv") return toCsv(people, events, evidence);
  const of = (rows: Evidence[]) => {
    const out = new Map<number, ReturnType<typeof sourceOf>[]>();
    for (const r of rows) out.set(r.of, [...(out.get(r.of) ?? []), sourceOf(r)]);
    return out;
  };
  const [byPerson, byEvent] = [of(evidence.people), of(evidence.events)];
  return `${JSON.stringify({
    people: people.map((p) => ({ ...p, evidence: byPerson.get(p.id) ?? [] })),
    events: events.map((e) => ({ ...e, evidence: byEvent.get(e.id) ?? [] })),
  }, null, 2)}\n`;
}
