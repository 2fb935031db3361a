import { byFrequency } from "../json-list.js";

/** A person's name across the documents that name them. */
export interface NamedRow {
  name: string;
  aliases: string[];
}

/**
 * The name a knowledge-base person goes by: the name most documents use, the
 * longest on a tie ("Pak Chol Min" over "Pak Chol"). Every other distinct name
 * and alias is an alias.
 */
export function canonicalName(rows: NamedRow[]): { name: string; aliases: string[] } {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  const [name = ""] = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || b.length - a.length || a.localeCompare(b));
  const others = byFrequency(rows.flatMap((r) => [r.name, ...r.aliases])).filter((n) => n !== name);
  return { name, aliases: others };
}
