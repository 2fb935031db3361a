import { OffsetMapBuilder, type SegmentMap } from "../text/offset-map.js";

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE",
  "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TR", "UL", "CAPTION",
]);
/** Elements whose content is never article text. */
export const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "OBJECT", "CANVAS"]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || code === 12;

/** Text of an HTML element and, for each character, where it sits in the page source. */
export interface HtmlText {
  text: string;
  offsets: SegmentMap;
}

/**
 * Writes the text of an element: one paragraph per block element, separated
 * by a blank line; "<br>" is a line break; runs of white space become one
 * space.
 *
 * Offsets are found, not tracked, since the DOM keeps no source positions:
 * each text node is looked up in the raw HTML, forward from the previous one.
 * The parser splits text at entities ("caf", "é"), so the plain parts are
 * found verbatim and map exactly; a decoded entity, a separator the writer
 * adds, or a node that cannot be found maps to the nearest position known
 * before it. So offsets are exact for most characters and never far off.
 */
class TextWriter {
  private readonly out: string[] = [];
  private readonly map = new OffsetMapBuilder();
  private cursor = 0;
  private pendingSpace: number | null = null;
  private pendingBreak = 0;

  constructor(private readonly raw: string) {}

  get hasText(): boolean {
    return this.map.textLength > 0;
  }

  text(data: string): void {
    const at = /\S/.test(data) ? this.locate(data) : -1;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isSpace(code)) this.space(at >= 0 ? at + i : -1);
      else this.char(data[i], at >= 0 ? at + i : -1);
    }
  }

  space(rawPosition = -1): void {
    if (this.pendingSpace === null) this.pendingSpace = rawPosition;
  }

  lineBreak(): void {
    this.pendingBreak = Math.max(this.pendingBreak, 1);
  }

  blockBreak(): void {
    this.pendingBreak = 2;
  }

  build(): HtmlText {
    return { text: this.out.join(""), offsets: this.map.build(this.cursor) };
  }

  private char(char: string, rawPosition: number): void {
    const anchor = rawPosition >= 0 ? rawPosition : this.cursor;
    if (this.hasText && this.pendingBreak > 0) this.produce("\n".repeat(this.pendingBreak), anchor);
    else if (this.hasText && this.pendingSpace !== null) this.writeSpace(this.pendingSpace, anchor);
    this.pendingBreak = 0;
    this.pendingSpace = null;
    if (rawPosition >= 0) {
      this.out.push(char);
      this.map.copy(rawPosition, 1);
    } else this.produce(char, anchor);
  }

  private writeSpace(rawPosition: number, anchor: number): void {
    if (rawPosition >= 0 && this.raw[rawPosition] === " ") {
      this.out.push(" ");
      this.map.copy(rawPosition, 1);
    } else this.produce(" ", rawPosition >= 0 ? rawPosition : anchor);
  }

  private produce(text: string, anchor: number): void {
    this.out.push(text);
    this.map.insert(text.length, anchor);
  }

  /**
   * Where `data` sits in the raw HTML, searching forward from the last node
   * found. Short pieces ("é", ", ") must be close by, or they would match
   * far ahead; long ones are also searched from the start, in case the
   * extractor moved them.
   */
  private locate(data: string): number {
    if (data.length < 12) {
      const window = this.raw.slice(this.cursor, this.cursor + 240 + data.length);
      const found = window.indexOf(data);
      if (found < 0) return -1;
      this.cursor += found + data.length;
      return this.cursor - data.length;
    }
    const found = this.raw.indexOf(data, this.cursor);
    if (found >= 0) {
      this.cursor = found + data.length;
      return found;
    }
    return this.raw.indexOf(data);
  }
}

function walk(node: Node, writer: TextWriter): void {
  if (node.nodeType === TEXT_NODE) {
    writer.text((node as Text).data);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (SKIPPED.has(tag)) return;
  if (tag === "BR") return writer.lineBreak();
  const block = BLOCKS.has(tag);
  if (block) writer.blockBreak();
  else if (tag === "TD" || tag === "TH") writer.space();
  for (const child of Array.from(node.childNodes)) walk(child, writer);
  if (block) writer.blockBreak();
}

/** The text of `root`, with a map from each character back to `raw`, the page source. */
export function htmlToText(root: Node, raw: string): HtmlText {
  const writer = new TextWriter(raw);
  walk(root, writer);
  return writer.build();
}
