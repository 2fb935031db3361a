import { composeMaps, identityMap } from "../text/offset-map.js";
import { CHROME_LINE } from "./chrome-lines.js";
import { decodeEntity } from "./html-entities.js";
import { rewriteText, type MappedText, type Replacer } from "./rewrite-text.js";

/**
 * Scrape debris, removed in order. Each rule keeps the offset map right; none
 * touches a letter inside a word, except by decoding an entity ("caf&eacute;").
 * A pattern anchored after a run (" +$", " +\)") starts only at the run's first
 * character ("(?<! )"): tried from every space of "Kim" + 100,000 spaces +
 * "defected", it would read the rest of the run each time (quadratic).
 * Made per text, since the glued-quote rule counts quotes as it goes.
 */
const passes = (): ReadonlyArray<readonly [RegExp, Replacer]> => [
  // "line one\r\nline two": Windows and old Mac line ends
  [/\r\n?/g, () => "\n"],
  // "caf&eacute;", "&#8217;", "AT&amp;T": entities left in the text
  [/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (m) => decodeEntity(m[1]) ?? m[0]],
  // "the ministry has &nbsp, offices&nbsp, in nine provinces"
  [/&nbsp[;,]?/gi, () => " "],
  // "Kowal\u00adski": soft hyphens and zero-width characters inside words
  [/[\u00ad\u200b\u2060\ufeff]/g, () => ""],
  // no-break, thin and other odd spaces, tabs
  [/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, () => " "],
  // "the council does n't agree", "ca n't", "has n’t"
  [/(\p{L}) (n['’]t)(?!\p{L})/gu, (m) => m[1] + m[2]],
  // "it 's", "they 're", "we 'll": the same tokenizer debris
  [/(\p{L}) (['’](?:s|re|ve|ll|m|d))(?=[\s.,;:!?)]|$)/gu, (m) => m[1] + m[2]],
  // "( UN)", "( acting ambassador )", "(KEI )"
  [/\( +/g, () => "("],
  [/(?<! ) +\)/g, () => ")"],
  // "Pak said,” For weeks": an opening quote typed as a closing one, glued to the comma
  [/([,:])” (?=\p{Lu})/gu, gluedQuoteFixer()],
  // "Exit mobile version", "Share this:", "Facebook Twitter WhatsApp"
  [CHROME_LINE, () => ""],
  [/^ +|(?<! ) +$/gm, () => ""],
  [/ {2,}/g, () => " "],
  [/\n{3,}/g, () => "\n\n"],
  [/^\s+|(?<!\s)\s+$/g, () => ""],
];

/**
 * `said,” For` becomes `said, “For` only when no quotation is open earlier in
 * the paragraph; `he left,” Pak told reporters` closes an open one and
 * stays. The quotes are counted once, forward from the last match, so that a
 * paragraph of 20,000 `said,” Kim` stays linear.
 */
function gluedQuoteFixer(): Replacer {
  let scanned = 0;
  let opened = 0;
  return (match, input) => {
    const index = match.index ?? 0;
    for (; scanned < index; scanned++) {
      const char = input[scanned];
      if (char === "\n") opened = 0;
      else if (char === "“") opened++;
      else if (char === "”") opened--;
    }
    return opened > 0 ? match[0] : `${match[1]} “`;
  };
}

/** Cleans scraped text; the map sends offsets in the cleaned text back to `raw`. */
export function cleanDebris(raw: string): MappedText {
  let text = raw;
  let offsets = identityMap;
  for (const [pattern, replace] of passes()) {
    const pass = rewriteText(text, pattern, replace);
    if (pass.offsets === identityMap) continue;
    text = pass.text;
    offsets = composeMaps(pass.offsets, offsets);
  }
  return { text, offsets };
}
