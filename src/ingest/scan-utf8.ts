/** What a byte-by-byte UTF-8 check found: how many multi-byte characters were well formed, how many bytes were not. */
export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes ("é" is C3 A9). */
  multiByte: number;
  /** Bytes that start no well-formed sequence (a lone Latin-1 "é" is E9). */
  invalid: number;
  /** Offset of the first invalid byte, or -1. */
  firstInvalid: number;
  /** Bytes of 0x80 and above. */
  high: number;
}

/** Length of the well-formed UTF-8 sequence starting at `i`, or 0 (RFC 3629 table 3-7). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let length = 0;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) length = 3;
  else if (b >= 0xf0 && b <= 0xf4) length = 4;
  else return 0;
  if (b === 0xe0) low = 0xa0;
  else if (b === 0xed) high = 0x9f;
  else if (b === 0xf0) low = 0x90;
  else if (b === 0xf4) high = 0x8f;
  if (i + length > bytes.length) return 0;
  if (bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multiByte: 0, invalid: 0, firstInvalid: -1, high: 0 };
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      scan.multiByte++;
      scan.high += length;
      i += length;
      continue;
    }
    if (scan.firstInvalid < 0) scan.firstInvalid = i;
    scan.invalid++;
    scan.high++;
    i++;
  }
  return scan;
}
