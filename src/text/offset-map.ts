/**
 * Maps offsets in a cleaned text back to offsets in the raw input it came
 * from. Built as the cleaner copies or drops pieces of the raw input.
 * (Placeholder interface; the ingest work fills in the builder.)
 */
export interface OffsetMap {
  /** Offset in the raw input of the character at `offset` in the cleaned text. */
  toRaw(offset: number): number;
}
export const identityMap: OffsetMap = { toRaw: (offset) => offset };
