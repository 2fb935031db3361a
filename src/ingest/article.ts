import type { PartialDate } from "../text/doc.js";
import type { OffsetMap } from "../text/offset-map.js";

/** One article read from any input, cleaned, with a map from its text back to the raw input. */
export interface Article {
  /** Where it came from: a file path, "file.jsonl#3" for the third record, or "-" for stdin. */
  source: string;
  url?: string;
  title?: string;
  published?: PartialDate;
  outlet?: string;
  byline?: string;
  /** The input as decoded text (HTML source for a page). Kept so that the cleaning can be audited. */
  raw: string;
  /** The cleaned text: what is stored and annotated. It never changes after ingest. */
  text: string;
  /** Maps offsets in `text` to offsets in `raw`. */
  offsets: OffsetMap;
  /** sha256 of `text`, hex: the identity used to skip re-ingesting the same article. */
  contentHash: string;
}
