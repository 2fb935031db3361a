import { createReadStream, readFileSync, statSync } from "node:fs";
import { DossierError } from "../errors.js";
import type { PartialDate } from "../text/doc.js";
import { articleFromHtml, articleFromRecord, articleFromText } from "./article-from.js";
import type { Article } from "./article.js";
import { byteLines } from "./byte-lines.js";
import { DEFAULT_MAX_BYTES, decodeBytes } from "./decode-bytes.js";
import { kindFromPath, sniffKind, type InputKind } from "./input-kind.js";
import { normalizeDate } from "./normalize-date.js";
import { readJsonRecords, readJsonlLine, type RecordResult } from "./read-record.js";
import type { FetchOptions } from "./fetch/fetch-page.js";
import { attempt, failure, type InputResult } from "./input-result.js";
import { isUrl, readUrl } from "./read-url.js";
import { walkFiles } from "./walk-files.js";

export { articleFromHtml, articleFromText, type ArticleMeta } from "./article-from.js";
export type { InputResult } from "./input-result.js";

export interface ReadInputsOptions {
  /** Size limit of one document (a file, a .jsonl line, stdin); default 10 MB. */
  maxBytes?: number;
  /** Read for the path "-"; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /** Publication date for every article, over what records and pages say ("2016-08-16", "2016-08"). */
  published?: string;
  /** How http(s) URLs among the paths are fetched (timeout, size cap, private addresses). */
  fetch?: FetchOptions;
}

interface Context {
  maxBytes: number;
  published?: PartialDate;
  stdin?: NodeJS.ReadableStream;
  fetch?: FetchOptions;
}

const fromRecord = (result: RecordResult, context: Context): InputResult =>
  result.ok ? attempt(result.source, () => articleFromRecord(result.record, result.source, context.published)) : result;

/** The articles in a decoded input of a known kind. */
function* fromText(text: string, kind: InputKind, source: string, context: Context): Generator<InputResult> {
  const meta = { source, published: context.published };
  if (kind === "text") yield attempt(source, () => articleFromText(text, meta));
  else if (kind === "html") yield attempt(source, () => articleFromHtml(text, meta));
  else if (kind === "json") for (const result of readJsonRecords(text, source)) yield fromRecord(result, context);
  else {
    const lines = text.split("\n");
    for (const [i, line] of lines.entries()) {
      if (line.trim()) yield fromRecord(readJsonlLine(line, `${source}#${i + 1}`), context);
    }
  }
}

/**
 * A regular file is read whole when its size is under the limit. A device or
 * a pipe ("/dev/zero", "<(curl …)") has no size to check, and "/dev/zero" never
 * ends: it is streamed, and refused once it passes the limit.
 */
async function readBytes(path: string, maxBytes: number): Promise<Buffer> {
  // Synchronous: articles are read one between two extractions, so nothing
  // else runs meanwhile, and each asynchronous call waited a turn of the
  // event loop (two a file), which on a busy machine cost more than reading.
  const stats = statSync(path);
  if (!stats.isFile()) return readAtMost(createReadStream(path), maxBytes, path);
  if (stats.size > maxBytes) throw new DossierError("document_too_large", `${path} is ${stats.size} bytes, over the limit of ${maxBytes}`);
  return readFileSync(path);
}

/**
 * A .jsonl file, streamed: each line is one record and one document for the
 * size limit, so a large collection is never held in memory whole. Sources
 * are "file.jsonl#3" for line 3; blank lines are skipped.
 */
async function* readJsonlFile(path: string, context: Context): AsyncGenerator<InputResult> {
  for await (const line of byteLines(createReadStream(path), context.maxBytes)) {
    const source = `${path}#${line.number}`;
    if (!line.bytes) {
      yield failure(source, new DossierError("document_too_large", `${source} is ${line.size} bytes, over the limit`));
    } else if (line.bytes.some((b) => b > 0x20)) {
      try {
        yield fromRecord(readJsonlLine(decodeBytes(line.bytes, context).text, source), context);
      } catch (error) {
        yield failure(source, error);
      }
    }
  }
}

/** One file; `explicit` when named on the command line, so that an unknown extension is sniffed, not skipped. */
async function* readOneFile(path: string, explicit: boolean, context: Context): AsyncGenerator<InputResult> {
  const kind = kindFromPath(path);
  if (!kind && !explicit) return;
  if (kind === "jsonl") return yield* readJsonlFile(path, context);
  let text: string;
  try {
    text = decodeBytes(await readBytes(path, context.maxBytes), context).text;
  } catch (error) {
    return yield failure(path, error);
  }
  yield* fromText(text, kind ?? sniffKind(text, { json: false }), path, context);
}

/** The bytes of a stream (stdin, a device, a pipe); over `maxBytes` is document_too_large, and the stream is closed. */
async function readAtMost(stream: NodeJS.ReadableStream, maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new DossierError("document_too_large", `${name} holds over ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function* readPath(path: string, context: Context): AsyncGenerator<InputResult> {
  if (isUrl(path)) return yield await readUrl(path, context.published, context.fetch);
  if (path === "-") {
    let text: string;
    try {
      text = decodeBytes(await readAtMost(context.stdin ?? process.stdin, context.maxBytes, "stdin"), context).text;
    } catch (error) {
      return yield failure("-", error);
    }
    return yield* fromText(text, sniffKind(text, { json: true }), "-", context);
  }
  if (path.includes("\0")) return yield failure(path, new DossierError("file_not_found", `${path}: no file name holds a NUL character`));
  const stats = (() => { try { return statSync(path); } catch (error) { return error as Error; } })();
  if (stats instanceof Error) return yield failure(path, stats);
  if (!stats.isDirectory()) return yield* readOneFile(path, true, context);
  let articleFiles = 0;
  for await (const file of walkFiles(path)) {
    if (kindFromPath(file)) articleFiles++;
    yield* readOneFile(file, false, context);
  }
  // An empty folder, or one of images only, is a mistake to report, not a run with nothing to do.
  if (!articleFiles) yield failure(path, new DossierError("empty_input", `${path}: the directory holds no .txt, .html, .json or .jsonl file`));
}

/**
 * Reads files, directories (recursively, sorted, skipping hidden files and
 * unknown extensions), "-" for stdin and http(s) URLs (fetched, see read-url), yielding one result per article in
 * input order. A failure is a result, not a throw, so one bad input never
 * stops a batch. Only an invalid `published` option throws (invalid_date).
 */
export async function* readInputs(paths: string[], options: ReadInputsOptions = {}): AsyncGenerator<InputResult> {
  const published = options.published === undefined ? undefined : normalizeDate(options.published);
  if (options.published !== undefined && !published) {
    throw new DossierError("invalid_date", `published date "${options.published}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const context: Context = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, published, stdin: options.stdin, fetch: options.fetch };
  for (const path of paths) {
    try {
      yield* readPath(path, context);
    } catch (error) {
      yield failure(path, error);
    }
  }
}

/** The first article of one input, for commands that take a single article; throws its error if it fails. */
export async function readArticle(path: string, options: ReadInputsOptions = {}): Promise<Article> {
  for await (const result of readInputs([path], options)) {
    if (result.ok) return result.article;
    throw result.error;
  }
  throw new DossierError("empty_input", `${path}: no article found`);
}
