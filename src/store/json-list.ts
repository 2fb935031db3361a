/** A JSON array column read back: its strings, or [] when the column is empty or not an array. */
export function stringList(json: string | null | undefined): string[] {
  const value = jsonArray(json);
  return value.filter((v): v is string => typeof v === "string");
}

/** A JSON array column read back, or [] when it is not an array. */
export function jsonArray(json: string | null | undefined): unknown[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** The strings of a list, each once, most frequent first (first seen first on a tie). */
export function byFrequency(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}
