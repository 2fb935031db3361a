import { DossierError } from "../errors.js";
import type { Store } from "../store/open-store.js";
import { toCsv } from "./export-csv.js";
import { ftmEntities } from "./export-ftm.js";
import { eventList, peopleList } from "./kb-queries.js";

export const EXPORT_FORMATS = ["ftm", "csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Checks a --format value. */
export function exportFormat(value: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) throw new DossierError("usage", `--format must be ${EXPORT_FORMATS.join(", ")}, not "${value}"`);
  return value as ExportFormat;
}

/**
 * The whole knowledge base in one format: FtM entities as JSON lines, one CSV
 * of people and events with a kind column, or JSON {people, events}.
 */
export async function exportKnowledgeBase(store: Store, format: ExportFormat): Promise<string> {
  if (format === "ftm") return (await ftmEntities(store)).map((e) => `${JSON.stringify(e)}\n`).join("");
  const people = await peopleList(store, { sort: "name" });
  const events = await eventList(store);
  if (format === "csv") return toCsv(people, events);
  return `${JSON.stringify({ people, events }, null, 2)}\n`;
}
