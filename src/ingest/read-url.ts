import { DossierError } from "../errors.js";
import type { PartialDate } from "../text/doc.js";
import { articleFromHtml, articleFromText } from "./article-from.js";
import { decodeBytes } from "./decode-bytes.js";
import { FETCH_DEFAULTS, fetchPage, type FetchedPage, type FetchOptions } from "./fetch/fetch-page.js";
import { sniffKind } from "./input-kind.js";
import { attempt, failure, type InputResult } from "./input-result.js";

/** "https://…", "http://…", and any other "scheme://" (refused when fetched, not looked for as a file). */
export const isUrl = (path: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(path);

/** How a page is read, by its declared type: HTML, plain text, or unknown (read by what it looks like). */
function kindOf(contentType: string | undefined): "html" | "text" | "sniff" | undefined {
  const type = contentType?.split(";")[0].trim().toLowerCase();
  if (!type) return "sniff";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "text";
  return undefined;
}

/**
 * One article from a web page: fetched with the guards of fetchPage, then
 * read like a file of its type (HTML through the same reader as .html
 * files). The source is the URL as given; the document's url is where the
 * page was found after redirects. Other types (PDF, images, JSON) are
 * unsupported_format.
 */
export async function readUrl(url: string, published: PartialDate | undefined, options: FetchOptions = {}): Promise<InputResult> {
  try {
    return readPage(await fetchPage(url, options), url, published, options.maxBytes);
  } catch (error) {
    return failure(url, error);
  }
}

/** One article from a page already fetched (see readUrl); `source` is the URL as given. */
export function readPage(page: FetchedPage, source: string, published: PartialDate | undefined, maxBytes = FETCH_DEFAULTS.maxBytes): InputResult {
  try {
    const kind = kindOf(page.contentType);
    if (!kind) throw new DossierError("unsupported_format", `${source}: ${page.contentType} is not a page dossier reads (HTML or plain text)`);
    const text = decodeBytes(page.bytes, { maxBytes }).text;
    const meta = { source, url: page.url, published };
    const html = kind === "html" || (kind === "sniff" && sniffKind(text, { json: false }) === "html");
    return attempt(source, () => (html ? articleFromHtml(text, meta) : articleFromText(text, meta)));
  } catch (error) {
    return failure(source, error);
  }
}
