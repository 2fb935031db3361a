/**
 * Characters that would let a file name or a message break out of its line on
 * a terminal: C0 and C1 controls (a newline in "a\nb.txt" would forge a second
 * "dossier: error" line, an ESC would drive the terminal), line and paragraph
 * separators, and the bidirectional overrides and isolates that make
 * "invoice\u202Etxt.exe" read as "invoiceexe.txt".
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every such character written as an escape ("\n", "\u202e"), so that it prints as one plain line. */
export const oneLine = (text: string): string =>
  text.replace(UNSAFE, (char) => (char === "\n" ? "\\n" : char === "\t" ? "\\t" : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`));
