/** A cell of a text table: numbers and null are shown plainly, lists joined with ", ". */
export type Cell = string | number | null | undefined | string[];

const show = (c: Cell): string => (Array.isArray(c) ? c.join(", ") : c === null || c === undefined ? "" : String(c));

/** A cell cut to `width` characters with an ellipsis, so one long value cannot push the others off screen. */
const cut = (s: string, width: number): string => (s.length > width ? `${s.slice(0, width - 1)}…` : s);

/**
 * Rows under a header, in columns padded to their widest cell (at most
 * `maxWidth` characters; the last column is never cut). Line breaks inside
 * a cell become spaces.
 */
export function formatTable(header: string[], rows: Cell[][], maxWidth = 40): string {
  const text = rows.map((r) => r.map((c) => show(c).replace(/\s*\n\s*/g, " ")));
  const last = header.length - 1;
  const cells = text.map((r) => r.map((c, i) => (i === last ? c : cut(c, maxWidth))));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]): string => r.map((c, i) => (i === last ? c : c.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), ...cells.map(line)].join("\n") + "\n";
}
