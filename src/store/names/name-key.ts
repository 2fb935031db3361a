/**
 * A name reduced for exact comparison without case, accents, hyphens or
 * spaces: "Pak Chol-min", "PAK CHOL MIN" and "Pak Cholmin" share one key.
 */
export const nameKey = (name: string): string =>
  name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
