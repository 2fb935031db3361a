import { DossierError } from "../errors.js";
import type { PartialDate } from "../text/doc.js";
import { normalizeDate } from "./normalize-date.js";

/** One article as a JSON record: `{text|html, url, title, published, outlet}`. */
export interface InputRecord {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  published?: PartialDate;
  outlet?: string;
  byline?: string;
}

export type RecordResult =
  | { ok: true; source: string; record: InputRecord }
  | { ok: false; source: string; error: DossierError };

const field = (object: Record<string, unknown>, key: string): string | undefined => {
  const value = object[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

/**
 * Checks one parsed JSON value. It needs a non-empty `text` or `html` string;
 * other fields are kept when they are strings. `published` is normalised
 * ("2016-08-16T08:00:00Z" -> "2016-08-16") and dropped if it is not a date.
 */
export function recordFromJson(value: unknown, source: string): InputRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new DossierError("invalid_record", `${source}: a record must be a JSON object`);
  }
  const object = value as Record<string, unknown>;
  const text = typeof object.text === "string" ? object.text : undefined;
  const html = typeof object.html === "string" ? object.html : undefined;
  if (text === undefined && html === undefined) {
    throw new DossierError("invalid_record", `${source}: the record has neither "text" nor "html"`);
  }
  const record: InputRecord = text !== undefined ? { text } : { html };
  for (const key of ["url", "title", "outlet", "byline"] as const) {
    const string = field(object, key);
    if (string !== undefined) record[key] = string;
  }
  const published = normalizeDate(field(object, "published"));
  if (published) record.published = published;
  return record;
}

function parseJson(json: string, source: string): unknown {
  try {
    return JSON.parse(json);
  } catch (cause) {
    throw new DossierError("invalid_record", `${source}: not valid JSON (${(cause as Error).message})`, { cause });
  }
}

const failure = (source: string, error: unknown): RecordResult => {
  if (error instanceof DossierError) return { ok: false, source, error };
  throw error;
};

/** One line of a .jsonl file; `source` names the line ("file.jsonl#3"). */
export function readJsonlLine(line: string, source: string): RecordResult {
  try {
    return { ok: true, source, record: recordFromJson(parseJson(line, source), source) };
  } catch (error) {
    return failure(source, error);
  }
}

/**
 * A .json file: one record (source: the file) or an array of records (source:
 * "file.json#2" for the second). Invalid JSON fails the whole file; a bad
 * record fails alone.
 */
export function readJsonRecords(json: string, source: string): RecordResult[] {
  let value: unknown;
  try {
    value = parseJson(json.replace(/^\ufeff/, ""), source);
  } catch (error) {
    return [failure(source, error)];
  }
  if (!Array.isArray(value)) return [readRecordValue(value, source)];
  if (value.length === 0) {
    return [{ ok: false, source, error: new DossierError("empty_input", `${source}: the array holds no records`) }];
  }
  return value.map((item, i) => readRecordValue(item, `${source}#${i + 1}`));
}

function readRecordValue(value: unknown, source: string): RecordResult {
  try {
    return { ok: true, source, record: recordFromJson(value, source) };
  } catch (error) {
    return failure(source, error);
  }
}
