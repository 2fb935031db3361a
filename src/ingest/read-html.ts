import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHtml } from "linkedom";
import { DossierError } from "../errors.js";
import { OffsetMapBuilder } from "../text/offset-map.js";
import { flattenDeepNesting } from "./flatten-deep-nesting.js";
import { htmlToText, type HtmlText } from "./html-text.js";
import { cleanByline, readPageMetadata, type PageMetadata } from "./page-metadata.js";
import { stripPageChrome } from "./strip-page-chrome.js";

/** The article text of a page, its metadata, and a map from the text back to the page source. */
export interface HtmlArticle extends HtmlText, PageMetadata {}

/** Readability's own threshold: a result shorter than this means the article is short, or was missed. */
const READABILITY_THRESHOLD = 500;
/** Enough for "Envoy defects. He left on Tuesday." */
const MIN_WORDS = 4;

/**
 * linkedom and Readability take about 0.17 s to load, more than extracting
 * a short article: they are loaded (synchronously, their CommonJS builds)
 * when the first page is read, so that text, records and read commands
 * never pay for them.
 */
let libraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function htmlLibraries(): NonNullable<typeof libraries> {
  const require = createRequire(import.meta.url);
  return (libraries ??= { parseHTML: require("linkedom").parseHTML, Readability: require("@mozilla/readability").Readability });
}

function parse(html: string): Document {
  const document = htmlLibraries().parseHTML(html).document as unknown as Document;
  flattenDeepNesting(document.documentElement);
  return document;
}

/** A page ready for extraction: parsed, with navigation, sidebars and footers gone. */
function cleanPage(html: string): Document {
  const document = parse(html);
  stripPageChrome(document);
  return document;
}

interface Content {
  root: Element;
  byline?: string;
  title?: string;
}

function readability(document: Document, charThreshold?: number): Content | undefined {
  const reader = new (htmlLibraries().Readability)<Element>(document, { charThreshold, serializer: (node) => node as Element });
  let result: ReturnType<typeof reader.parse>;
  try {
    result = reader.parse();
  } catch {
    return undefined; // a page that trips Readability up still gets the fallback below
  }
  if (!result?.content) return undefined;
  return { root: result.content, byline: result.byline ?? undefined, title: result.title ?? undefined };
}

/** Share of the text that sits in links: near 1 for a list of headlines, near 0 for an article. */
function linkDensity(root: Element): number {
  const total = root.textContent?.length ?? 0;
  const linked = Array.from(root.querySelectorAll("a")).reduce((sum, a) => sum + (a.textContent?.length ?? 0), 0);
  return total === 0 ? 1 : linked / total;
}

const words = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * True when a page's cleaned text holds an article: enough words besides its
 * title (a page of navigation, a form and a footer leaves the title and a
 * "Please enable JavaScript" line, which debris cleaning removes).
 */
export function holdsArticle(text: string, title: string | undefined): boolean {
  return words(title && text.startsWith(title) ? text.slice(title.length) : text) >= MIN_WORDS;
}

const usable = (content: Content | undefined): content is Content =>
  !!content && words(content.root.textContent ?? "") >= MIN_WORDS && linkDensity(content.root) < 0.5;

/** When Readability finds nothing usable: the page's <article>, articleBody or <main>, else its body. */
function fallbackContent(html: string): Content | undefined {
  const document = cleanPage(html);
  const holders = Array.from(document.querySelectorAll("article, [itemprop=articleBody], main"));
  const longest = holders.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
  const root = longest ?? document.body;
  return root ? { root } : undefined;
}

/**
 * Readability with its default threshold first. A result under the threshold
 * comes from its later, looser attempts (which let a byline or a teaser list
 * in), so a short article is read again with a low threshold, which keeps
 * the strict first attempt.
 */
function findContent(html: string, page: Document): Content | undefined {
  let content = readability(page);
  if (content && (content.root.textContent?.length ?? 0) < READABILITY_THRESHOLD) {
    const strict = readability(cleanPage(html), 20);
    if (usable(strict)) content = strict;
  }
  if (usable(content)) return content;
  const fallback = fallbackContent(html);
  return usable(fallback) ? fallback : undefined;
}

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The title as the first paragraph, unless the text already starts with it. */
function withTitle(body: HtmlText, title: string | undefined, html: string): HtmlText {
  if (!title || comparable(body.text.slice(0, title.length * 2)).startsWith(comparable(title))) return body;
  const at = html.indexOf(title);
  const builder = new OffsetMapBuilder();
  if (at >= 0) builder.copy(at, title.length);
  else builder.insert(title.length, 0);
  builder.insert(2, at >= 0 ? at + title.length : 0).append(body.offsets);
  return { text: `${title}\n\n${body.text}`, offsets: builder.build(body.offsets.rawEnd) };
}

/**
 * The article in an HTML page: main text without navigation, sidebars,
 * "Trending now" and "Related stories" boxes or footers; paragraphs separated
 * by a blank line; the title first. Throws `no_article` when the page holds
 * no article text. The offset map is exact for text found verbatim in the
 * source and approximate elsewhere (see html-text.ts).
 */
export function readHtml(html: string, options: { url?: string } = {}): HtmlArticle {
  const page = parse(html);
  const metadata = readPageMetadata(page, options);
  stripPageChrome(page);
  const content = findContent(html, page);
  if (!content) throw new DossierError("no_article", "the page holds no article text");
  const body = htmlToText(content.root, html);
  if (words(body.text) < MIN_WORDS) throw new DossierError("no_article", "the page holds no article text");
  const title = metadata.title ?? content.title?.trim();
  const byline = metadata.byline ?? (content.byline ? cleanByline(content.byline) : undefined);
  return { ...metadata, title, byline, ...withTitle(body, title, html) };
}
