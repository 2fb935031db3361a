/**
 * The trigrams of a name key the way PostgreSQL's pg_trgm takes them from a
 * word: padded with two spaces before and one after, every run of three
 * characters (code points), each once. "kimjongun" gives "  k", " ki",
 * "kim", "imj", …, "gun", "un ".
 */
export function nameTrigrams(key: string): string[] {
  if (!key) return [];
  const padded = `  ${key} `;
  const found = new Set<string>();
  if (/[\uD800-\uDFFF]/.test(padded)) {
    const chars = Array.from(padded);
    for (let i = 0; i + 3 <= chars.length; i++) found.add(chars.slice(i, i + 3).join(""));
  } else {
    // no surrogate pairs ("Chŏl", Hangul): every character is one UTF-16 unit, slices are cheaper
    for (let i = 0; i + 3 <= padded.length; i++) found.add(padded.slice(i, i + 3));
  }
  return [...found];
}

/**
 * pg_trgm's similarity of two name keys: the trigrams they share over the
 * trigrams either has (1 for the same key, 0 for none in common).
 */
export const nameSimilarity = (a: string, b: string): number => similarityTo(a)(b);

/** nameSimilarity to one key, its trigrams taken once for the thousands of candidates a short key has ("Kimm"). */
export function similarityTo(key: string): (other: string) => number {
  const own = new Set(nameTrigrams(key));
  return (other) => {
    const theirs = nameTrigrams(other);
    if (!own.size || !theirs.length) return 0;
    let shared = 0;
    for (const t of theirs) if (own.has(t)) shared++;
    return shared / (own.size + theirs.length - shared);
  };
}

/**
 * How similar a name key must be to what a user typed to be taken for it
 * (keys: nameKey, so case, accents, hyphens and spaces do not count):
 * - "Hwang Jang Yob" for "Hwang Jang Yop" 0.71, "Thae Yong Hoo" for "Thae
 *   Yong Ho" 0.77, "Kim Jong Eun" for "Kim Jong Un" 0.62: found;
 * - one wrong letter inside a key of 10 letters or more is found, at the end
 *   of a key of 6 or more ("Ri Sol Jo" for "Ri Sol Ju" 0.6);
 * - "Rojs" for "Rojas" 0.33, "Pak" for "Pak Chol Su" 0.27, "Pak Chol Eun"
 *   for "Pak Myong Eun" 0.53 (another person): refused.
 * A short name with a wrong letter inside ("Ri Sel Ju", 0.45) is refused
 * too: at that length one letter makes another name.
 */
export const SIMILAR_NAME = 0.55;

/**
 * The numbers of trigrams a key may have and still be `threshold` similar
 * to a key of n: at most min(n, m) are shared, so the similarity is at most
 * min(n, m) / max(n, m).
 */
export const trigramCounts = (n: number, threshold: number): { fewest: number; most: number } =>
  ({ fewest: Math.ceil(threshold * n - 1e-9), most: Math.floor(n / threshold + 1e-9) });

/**
 * How many of a key's trigrams a search must look up so that every key at
 * least `threshold` similar shares one of them: such a key shares at least
 * threshold × n of the n trigrams (shared / (n + m − shared) ≥ t and
 * m ≥ shared give shared ≥ t × n), so any n − ⌈t × n⌉ + 1 of them will do,
 * the rarest ones cheapest.
 */
export const trigramsToLookUp = (trigrams: number, threshold: number): number =>
  Math.max(1, trigrams - Math.ceil(threshold * trigrams - 1e-9) + 1);
