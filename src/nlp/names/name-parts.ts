/** Name parts for comparing forms of one name: "Pak Chol-su" -> ["pak", "chol", "su"]. */
export const nameParts = (surface: string): string[] =>
  surface
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[\s.-]+/)
    .filter(Boolean);

/** One key for the spellings that differ only in case, hyphens and spaces: "Pak Chol-su" = "Pak Chol Su". */
export const spellingKey = (surface: string): string => nameParts(surface).join("");

/** Levenshtein distance, bounded: returns max + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
