import type { Evidence, PersonPage } from "../services/reading/kb-queries.js";

/** "2016-08", or "undated (first reported 2016-09-02)": a report date is never shown as the event's. */
export const occurredText = (e: { occurred: string | null; firstReported: string | null }): string =>
  e.occurred ?? `undated${e.firstReported ? ` (first reported ${e.firstReported})` : ""}`;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "2019-09-10" or "2019-09-10 – 2019-09-12" or "undated". */
const period = (dates: string[]): string => (!dates.length ? "undated" : dates.length === 1 ? dates[0] : `${dates[0]} – ${dates.at(-1)}`);

function evidenceLines(e: Evidence): string[] {
  const where = [e.title, e.published, e.ref].filter(Boolean).join(", ");
  const how = [e.certainty, e.attribution ? `according to ${e.attribution}` : "", e.corrected.includes("occurred") ? "its date corrected by an analyst" : e.occurred ? `dates it ${e.occurred}` : "does not date it"].filter(Boolean).join("; ");
  return [`    - ${where}  [${how}]`, `      “${e.quote ?? "(span outside the stored text)"}”`];
}

function eventLines(e: PersonPage["events"][number]): string[] {
  const dates = [
    `occurred ${occurredText(e)}`,
    `disclosed ${e.disclosed ?? "(no source states it)"}`,
    e.lagDays !== null ? `${plural(e.lagDays, "day")} later` : "",
    e.occurred && e.firstReported ? `first reported ${e.firstReported}` : "",
  ].filter(Boolean).join(", ");
  const head = `  ${e.type}  ${dates}${e.places.length ? `  in ${e.places.join(", ")}` : ""}`;
  const sources = `${e.certainty}; ${plural(e.sources, "source")}, ${e.independentSources} independent`;
  const more = e.moreEvidence ? [`    … and ${plural(e.moreEvidence, "more account")}`] : [];
  return [`${head}  [${sources}]`, ...e.evidence.flatMap(evidenceLines), ...more];
}

/** The person page as text: names and spellings, posts over time, events with both dates and the sources' quotes (the first 20 of each). */
export function formatPersonPage(page: PersonPage): string {
  const p = page.person;
  const lines = [
    `${p.name}  (person ${p.id})`,
    `${plural(p.documentCount, "document")}, ${plural(p.independentSources, "independent source")}`,
    "",
    "Names and spellings",
    ...page.names.map((n) => `  ${n.name}  (${plural(n.documents, "document")})`),
    "",
    "Posts over time",
    ...(page.posts.length ? page.posts.map((t) => `  ${period(t.dates).padEnd(23)}  ${t.title}`) : ["  none recorded"]),
    "",
    `Events (${page.events.length})`,
    ...(page.events.length ? page.events.flatMap(eventLines) : ["  none recorded"]),
    "",
    `Documents (${p.documentCount})`,
    ...page.documents.map((d) => `  ${(d.published ?? "undated").padEnd(10)}  ${[d.title, d.ref].filter(Boolean).join("  ")}`),
    ...(page.moreDocuments ? [`  … and ${plural(page.moreDocuments, "more document")}`] : []),
  ];
  return `${lines.join("\n")}\n`;
}
