import { extname } from "node:path";

/** How an input is read: cleaned as text, extracted from HTML, or parsed as JSON records. */
export type InputKind = "text" | "html" | "json" | "jsonl";

const EXTENSIONS: Record<string, InputKind> = {
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/** The kind a file name promises, or undefined for an extension we do not read. */
export const kindFromPath = (path: string): InputKind | undefined => EXTENSIONS[extname(path).toLowerCase()];

/**
 * True when the text starts like an HTML page or fragment: "<!doctype html>",
 * "<?xml …?><html", "<div class=…>", with an HTML element in the first 4 KB.
 * Text that merely mentions a tag later on is not HTML.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^[\s\ufeff]+/, "");
  if (!head.startsWith("<")) return false;
  return /<(?:!doctype\s+html|html|head|body|p|div|article|main|section|br|span|h[1-6]|title|meta)[\s>/]/i.test(head);
}

/** The kind of a text read from stdin or a file of unknown extension. */
export function sniffKind(text: string, options: { json: boolean }): InputKind {
  if (looksLikeHtml(text)) return "html";
  if (!options.json || !/^[\s\ufeff]*[[{]/.test(text)) return "text";
  if (parses(text)) return "json";
  const firstLine = text.replace(/^[\s\ufeff]+/, "").split("\n", 1)[0];
  return parses(firstLine) ? "jsonl" : "text";
}

function parses(json: string): boolean {
  try {
    JSON.parse(json.replace(/^\ufeff/, ""));
    return true;
  } catch {
    return false;
  }
}
