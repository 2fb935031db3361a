import type { IngestFigures } from "./measure-ingest.js";
import type { QueryFigures } from "./measure-queries.js";

const fmt = (n: number, digits = 0): string => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

type Row = [measure: string, value: string, target: string, met?: boolean];

/** The figures next to their targets; a target missed says "below target". */
export function reportTable(ingest: IngestFigures | undefined, queries: QueryFigures): string {
  const rows: Row[] = [];
  if (ingest) {
    rows.push(
      ["articles ingested (stored)", `${fmt(ingest.articles)} (${fmt(ingest.stored)})`, ""],
      ["ingest wall time s", fmt(ingest.seconds, 1), ""],
      ["  storing s / resolving s", `${fmt(ingest.storeSeconds, 1)} / ${fmt(ingest.seconds - ingest.storeSeconds, 1)}`, ""],
      ["ingest articles/s (whole run)", fmt(ingest.articlesPerSecond, 1), ">= 300", ingest.articlesPerSecond >= 300],
      ["  articles/s while storing", fmt(ingest.stored / ingest.storeSeconds, 1), ""],
      ["ingest peak RSS MB", fmt(ingest.peakRssMb), "< 1,024", ingest.peakRssMb < 1024],
    );
  }
  rows.push(
    ["people in the KB", fmt(queries.people), ""],
    ["people list ms (once)", fmt(queries.peopleListMs), ""],
    [`show p50 / max ms (${queries.show.count})`, `${fmt(queries.show.p50, 1)} / ${fmt(queries.show.max, 1)}`, ""],
    ["show p95 ms", fmt(queries.show.p95, 1), "< 50", queries.show.p95 < 50],
    ["  by id p50 / p95 ms", `${fmt(queries.showById.p50, 1)} / ${fmt(queries.showById.p95, 1)}`, ""],
    ["  by name p50 / p95 ms", `${fmt(queries.showByName.p50, 1)} / ${fmt(queries.showByName.p95, 1)}`, ""],
    ["  name -> id alone p50 / p95 ms", `${fmt(queries.nameLookup.p50, 1)} / ${fmt(queries.nameLookup.p95, 1)}`, ""],
    [`search p50 / max ms (${queries.search.count})`, `${fmt(queries.search.p50, 1)} / ${fmt(queries.search.max, 1)}`, ""],
    ["search p95 ms", fmt(queries.search.p95, 1), "< 50", queries.search.p95 < 50],
  );
  const lines = [`${"measure".padEnd(34)}${"value".padStart(18)}  ${"target".padEnd(10)}`];
  for (const [name, value, target, met] of rows) {
    lines.push(`${name.padEnd(34)}${value.padStart(18)}  ${target.padEnd(10)}${met === undefined ? "" : met ? "met" : "below target"}`);
  }
  return lines.join("\n");
}
