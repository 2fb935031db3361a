import { DossierError } from "../errors.js";
import { binarySignature, hasManyControls } from "./sniff-binary.js";
import { scanUtf8 } from "./scan-utf8.js";
import { decodeWindows1252, isUndefinedInWindows1252 } from "./windows-1252.js";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Turns the bytes of a file into text, or says why they are not text.
 *
 * Order: size limit, empty, binary signatures, byte order marks, UTF-16
 * without a mark (guessed from where the NUL bytes fall), then UTF-8, then
 * windows-1252 ("Latin-1").
 *
 * The rule for bytes that are not valid UTF-8: if well-formed multi-byte UTF-8
 * characters are rare (at most a quarter as many as the invalid bytes), the
 * file was written in a single-byte encoding, and it is read as windows-1252
 * when that is plausible: no byte that windows-1252 leaves undefined, and
 * high bytes mostly alone between ASCII letters ("caf\xe9"), as in Western
 * European text; in Cyrillic or Asian single-byte text, or in noise, they come
 * in runs. If UTF-8 characters
 * are common, the file mixes encodings: reading it either way would change
 * letters inside some words or names, so it is rejected with
 * `invalid_encoding`, naming the first bad byte, rather than silently altered.
 */
export function decodeBytes(bytes: Uint8Array, options: { maxBytes?: number } = {}): DecodedText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DossierError("document_too_large", `the input is ${bytes.length} bytes, over the limit of ${maxBytes}`);
  }
  if (bytes.length === 0) throw new DossierError("empty_input", "the input is empty");
  const signature = binarySignature(bytes);
  if (signature) throw new DossierError("binary_input", `the input is a ${signature} file, not text`);
  const decoded = decodeText(bytes);
  if (hasManyControls(decoded.text)) throw new DossierError("binary_input", "the input holds control characters, not text");
  if (!/[^\s\u200b\ufeff]/.test(decoded.text)) throw new DossierError("empty_input", "the input holds only white space");
  return decoded;
}

function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeEightBit(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), "utf-16be");
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);
  if (bytes.includes(0)) throw new DossierError("binary_input", "the input holds NUL bytes, so it is not text");
  if (hasManyControls(bytes)) throw new DossierError("binary_input", "the input holds control characters, not text");
  return decodeEightBit(bytes);
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/**
 * UTF-16 without a byte order mark: text in Latin script has a NUL in every
 * other byte, after the letter in little-endian ("H\0i\0"), before it in
 * big-endian. At least 30% of the pairs in the first 4 KB must show the
 * pattern, and the other half of the pairs must be almost never NUL.
 */
function guessUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 1) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let k = 0; k < pairs; k++) {
    if (bytes[2 * k] === 0) evenNul++;
    if (bytes[2 * k + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.05) return "utf-16le";
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.05) return "utf-16be";
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: TextEncoding): DecodedText {
  // Big-endian is swapped to little-endian, which every Node build decodes.
  const data = encoding === "utf-16be" ? swapPairs(bytes) : bytes;
  try {
    const text = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(data);
    return { text, encoding };
  } catch (cause) {
    throw new DossierError("invalid_encoding", `the input looks like ${encoding.toUpperCase()} but is not valid`, {
      cause,
    });
  }
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1];
  return swapped;
}

function decodeEightBit(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: decide between windows-1252 and rejection below.
  }
  const scan = scanUtf8(bytes);
  if (scan.multiByte * 4 > scan.invalid) {
    throw new DossierError(
      "invalid_encoding",
      `the input is UTF-8 with ${scan.invalid} invalid byte(s), the first at offset ${scan.firstInvalid}`,
    );
  }
  if (bytes.some(isUndefinedInWindows1252) || clusteredHighBytes(bytes) > scan.high * 0.1) {
    throw new DossierError("invalid_encoding", "the input is neither UTF-8 nor plausible Latin-1 text");
  }
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

/** High bytes that sit in runs of three or more ("\xc3\xa9\xe8"), which Western Latin-1 text seldom has. */
function clusteredHighBytes(bytes: Uint8Array): number {
  let clustered = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] >= 0x80) {
      run++;
      continue;
    }
    if (run >= 3) clustered += run;
    run = 0;
  }
  return clustered;
}
