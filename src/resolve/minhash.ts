/**
 * Near-duplicate detection for articles: MinHash over 5-word shingles, with
 * locality-sensitive bands, so that copies of one wire story are found
 * without comparing every pair of documents.
 */
const HASHES = 64;
const BANDS = 16;
const ROWS = HASHES / BANDS;

// Fixed odd multipliers and offsets for the hash family (FNV-style mixing).
const SEEDS = Array.from({ length: HASHES }, (_, i) => [(0x9e3779b1 * (i + 1)) | 1, (0x85ebca6b * (i + 7)) >>> 0] as const);

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function signature(text: string): Uint32Array {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + 5 <= Math.max(words.length, 5); i++) {
    const h = fnv(words.slice(i, i + 5).join(" "));
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, SEEDS[k][0]) + SEEDS[k][1]) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

/** The band keys under which a signature is indexed; two copies share at least one. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(".")}`);
  return keys;
}

/** Estimated Jaccard similarity of the two texts' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

export const encodeSignature = (sig: Uint32Array): string => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength).toString("base64");
export const decodeSignature = (s: string): Uint32Array => {
  const b = Buffer.from(s, "base64");
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};
