/** Signs that a byte string is not text: known file signatures and control characters. */

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** File signatures ("magic numbers") of formats that are sometimes misnamed .txt or .html. */
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ["PDF", ascii("%PDF-")],
  ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", ascii("GIF87a")],
  ["GIF", ascii("GIF89a")],
  ["ZIP", [0x50, 0x4b, 0x03, 0x04]],
  ["ZIP", [0x50, 0x4b, 0x05, 0x06]],
  ["gzip", [0x1f, 0x8b]],
  ["bzip2", [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59]],
  ["xz", [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ["zstd", [0x28, 0xb5, 0x2f, 0xfd]],
  ["7z", [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ["RAR", ascii("Rar!\x1a\x07")],
  ["ELF", [0x7f, 0x45, 0x4c, 0x46]],
  ["MS Office (OLE)", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ["SQLite", ascii("SQLite format 3\0")],
  ["WebAssembly", [0x00, 0x61, 0x73, 0x6d]],
];

/** The name of the binary format `bytes` start with, if they carry a known signature. */
export function binarySignature(bytes: Uint8Array): string | undefined {
  for (const [name, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return name;
  }
  return undefined;
}

/** C0 controls other than tab, line feed, form feed and carriage return, and DEL. */
const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;

const SAMPLE = 65536;

/**
 * True when the first 64 KB hold more control characters than text ever does:
 * over 1% of the sample (and more than two, so that one stray DOS end-of-file
 * mark in a short note passes). Random bytes hold about 11%.
 */
export function hasManyControls(codes: Uint8Array | string): boolean {
  const length = Math.min(codes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = typeof codes === "string" ? codes.charCodeAt(i) : codes[i];
    if (isControl(code)) controls++;
  }
  return controls > Math.max(2, length * 0.01);
}
