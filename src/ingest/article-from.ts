import { createHash } from "node:crypto";
import { DossierError } from "../errors.js";
import { composeMaps } from "../text/offset-map.js";
import type { Article } from "./article.js";
import { cleanDebris } from "./clean-debris.js";
import { normalizeDate } from "./normalize-date.js";
import { holdsArticle, readHtml } from "./read-html.js";
import type { InputRecord } from "./read-record.js";

/** What a caller knows about an article beside its text; it wins over what the page says. */
export interface ArticleMeta {
  /** Defaults to "-". */
  source?: string;
  url?: string;
  title?: string;
  /** "2016-08-16" or a timestamp; a value that is not a date is ignored. */
  published?: string;
  outlet?: string;
  byline?: string;
}

const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * A headline-like first line: short, followed by a paragraph break, not
 * ending like a sentence ("Trade envoy recalled").
 */
function firstLineTitle(text: string): string | undefined {
  const end = text.indexOf("\n\n");
  const line = end > 0 ? text.slice(0, end) : "";
  return line && line.length <= 200 && !line.includes("\n") && !/[.,;:]$/.test(line) ? line : undefined;
}

/**
 * A URL without the user name and password it may carry
 * ("https://user:pass@host/a" is "https://host/a"): the fetch may use them,
 * the knowledge base never keeps or shows them. Anything that is not such a
 * URL (a file path) is returned as it is.
 */
export function withoutCredentials<T extends string | undefined>(text: T): T {
  if (!text || !text.includes("@") || !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  try {
    const url = new URL(text);
    if (!url.username && !url.password) return text;
    url.username = "";
    url.password = "";
    return url.href as T;
  } catch {
    return text;
  }
}

function defined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object;
}

/** An article from text held in memory (a .txt file, a record's `text`): cleaned, hashed, mapped back to `raw`. */
export function articleFromText(raw: string, meta: ArticleMeta = {}): Article {
  const { text, offsets } = cleanDebris(raw);
  if (!text) throw new DossierError("empty_input", `${meta.source ?? "-"}: no text is left after cleaning`);
  return defined({
    source: withoutCredentials(meta.source ?? "-"),
    url: withoutCredentials(meta.url),
    title: meta.title ?? firstLineTitle(text),
    published: normalizeDate(meta.published),
    outlet: meta.outlet,
    byline: meta.byline,
    raw,
    text,
    offsets,
    contentHash: sha256(text),
  });
}

/** An article from an HTML page: extracted, cleaned, mapped back to the page source. */
export function articleFromHtml(html: string, meta: ArticleMeta = {}): Article {
  const page = readHtml(html, { url: meta.url });
  const { text, offsets } = cleanDebris(page.text);
  if (!holdsArticle(text, page.title)) throw new DossierError("no_article", `${meta.source ?? "-"}: the page holds no article text`);
  return defined({
    source: withoutCredentials(meta.source ?? "-"),
    url: withoutCredentials(meta.url ?? page.url),
    title: meta.title ?? page.title,
    published: normalizeDate(meta.published) ?? page.published,
    outlet: meta.outlet ?? page.outlet,
    byline: meta.byline ?? page.byline,
    raw: html,
    text,
    offsets: composeMaps(offsets, page.offsets),
    contentHash: sha256(text),
  });
}

/**
 * An article from a JSON record. A record carries its own date: `published`
 * (the --published option) stands in only for a record without one, so a
 * folder of records ingested with --published keeps each record's date.
 */
export function articleFromRecord(record: InputRecord, source: string, published?: string): Article {
  const { text, html, ...fields } = record;
  const meta: ArticleMeta = { ...fields, source, published: record.published ?? published };
  return text !== undefined ? articleFromText(text, meta) : articleFromHtml(html ?? "", meta);
}
