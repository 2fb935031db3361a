import { readDataJson } from "../../model/paths.js";

/** How the person relates to the trigger word. */
export type TriggerRole = "acts" | "undergoes" | "nouns";

export interface TriggerMatch {
  type: string;
  role: TriggerRole;
  /** False when a participle used as an adjective does not state the event ("elected president"). */
  attributive: boolean;
  /** True when the words only state the event with a post after them ("named secretary general"). */
  requiresTitle: boolean;
  start: number;
  end: number;
}

interface TriggerData { [type: string]: { acts?: string[]; undergoes?: string[]; nouns?: string[]; attributive?: boolean; requiresTitle?: string[] } }

interface Compiled {
  regex: RegExp;
  /** Group index -> [type, role, attributive]. */
  groups: [string, TriggerRole, boolean][];
  /** Lower-cased trigger words that need a post after them. */
  titled: Set<string>;
}

let compiled: Compiled | undefined;

/** One regular expression for the whole trigger lexicon (data/lexicon/event-triggers.json), a named alternative per type and role. */
function compile(): Compiled {
  const data = readDataJson<TriggerData>("lexicon", "event-triggers.json");
  const groups: [string, TriggerRole, boolean][] = [];
  const titled = new Set<string>();
  const alternatives: string[] = [];
  for (const [type, entry] of Object.entries(data)) {
    if (type.startsWith("_")) continue;
    for (const w of entry.requiresTitle ?? []) titled.add(w.toLowerCase());
    for (const role of ["acts", "undergoes", "nouns"] as const) {
      const patterns = entry[role] ?? [];
      if (!patterns.length) continue;
      // Longest patterns first, so that "sent back to" wins over "sent".
      const sorted = [...patterns].sort((a, b) => b.length - a.length);
      alternatives.push(`(${sorted.map((p) => `(?:${p})`).join("|")})`);
      groups.push([type, role, entry.attributive ?? true]);
    }
  }
  return { titled, regex: new RegExp(`(?<![\\p{L}-])(?:${alternatives.join("|")})(?![\\p{L}])`, "giu"), groups };
}

/** Every trigger in the text, in order, the longest at each position. */
export function findTriggers(text: string): TriggerMatch[] {
  const { regex, groups, titled } = (compiled ??= compile());
  const out: TriggerMatch[] = [];
  regex.lastIndex = 0;
  for (const m of text.matchAll(regex)) {
    const g = m.findIndex((v, i) => i > 0 && v !== undefined);
    const [type, role, attributive] = groups[g - 1];
    out.push({ type, role, attributive, requiresTitle: titled.has(m[0].toLowerCase()), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
