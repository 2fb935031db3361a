import type { ExtractionJson } from "../services/extraction/present-extraction.js";

/** A readable summary of one extraction, for `--format text`. */
export function formatExtractionText(r: ExtractionJson): string {
  const lines: string[] = [];
  lines.push(`People (${r.people.length})`);
  for (const p of r.people) {
    const extra = [p.aliases.length ? `also ${p.aliases.join(", ")}` : "", p.titles.length ? p.titles.join("; ") : ""].filter(Boolean).join(" | ");
    lines.push(`  ${p.name}${extra ? `  (${extra})` : ""}  x${p.mentions.length}`);
  }
  lines.push(`Organizations (${r.organizations.length})`, ...r.organizations.map((o) => `  ${o.name}`));
  lines.push(`Places (${r.places.length})`, ...r.places.map((p) => `  ${p.name}${p.country && p.country !== p.name ? ` (${p.country})` : ""}`));
  lines.push(`Events (${r.events.length})`);
  for (const e of r.events) {
    const who = e.who ?? `[${e.actor ?? "unnamed"}]`;
    const dates = [e.when ? `on ${e.when}` : "", e.disclosed ? `made public ${e.disclosed}` : ""].filter(Boolean).join(", ");
    lines.push(`  ${e.type.padEnd(13)} ${who}${dates ? `  ${dates}` : ""}${e.where ? `  in ${e.where}` : ""}  [${e.certainty}${e.attribution ? `, ${e.attribution}` : ""}]`);
    lines.push(`      “${e.evidence.text}”`);
  }
  return `${lines.join("\n")}\n`;
}
