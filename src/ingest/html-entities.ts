import { windows1252Char } from "./windows-1252.js";

/** Named HTML entities, in code point order from 160 (&nbsp;) to 255 (&yuml;). */
const LATIN1_NAMES =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute " +
  "micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig " +
  "Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash " +
  "Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute " +
  "ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc " +
  "uuml yacute thorn yuml";

/** Other named entities met in news pages: punctuation, and letters of Central European names. */
const OTHER_NAMES: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39,
  OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222,
  dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243,
  lsaquo: 8249, rsaquo: 8250, euro: 8364, trade: 8482,
  Aogon: 260, aogon: 261, Cacute: 262, cacute: 263, Ccaron: 268, ccaron: 269, Dcaron: 270, dcaron: 271,
  Eogon: 280, eogon: 281, Ecaron: 282, ecaron: 283, Gbreve: 286, gbreve: 287, Idot: 304, inodot: 305,
  Lstrok: 321, lstrok: 322, Nacute: 323, nacute: 324, Ncaron: 327, ncaron: 328, Odblac: 336, odblac: 337,
  Rcaron: 344, rcaron: 345, Sacute: 346, sacute: 347, Scedil: 350, scedil: 351, Tcaron: 356, tcaron: 357,
  Uring: 366, uring: 367, Udblac: 368, udblac: 369, Zacute: 377, zacute: 378, Zdot: 379, zdot: 380,
  Zcaron: 381, zcaron: 382,
};

const NAMED = new Map<string, number>([
  ...LATIN1_NAMES.split(" ").map((name, i) => [name, 160 + i] as [string, number]),
  ...Object.entries(OTHER_NAMES),
]);

/**
 * The text an entity stands for, given what is between "&" and ";" ("amp",
 * "#8217", "#x2019"), or undefined for unknown names and impossible numbers.
 * "&#146;" means windows-1252 byte 0x92 (’), as browsers read it.
 */
export function decodeEntity(body: string): string | undefined {
  if (body.startsWith("#")) {
    const hex = body[1] === "x" || body[1] === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
    return code >= 0x80 && code <= 0x9f ? windows1252Char(code) : String.fromCodePoint(code);
  }
  const code = NAMED.get(body);
  return code === undefined ? undefined : String.fromCodePoint(code);
}
