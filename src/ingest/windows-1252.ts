/**
 * windows-1252, the encoding behind most "Latin-1" text on the web: ISO-8859-1
 * with printable characters (’ “ ” – € …) in 0x80–0x9F. The five bytes that
 * windows-1252 leaves undefined decode to the C1 control of the same value.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

/** Bytes that windows-1252 does not define; their presence makes Latin-1 text implausible. */
export const isUndefinedInWindows1252 = (byte: number): boolean =>
  byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d;

/** The character for one windows-1252 byte (or for the code point of "&#146;", which pages mean the same way). */
export function windows1252Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80] : byte);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(bytes.length, start + chunk);
    const codes: number[] = [];
    for (let i = start; i < end; i++) {
      const byte = bytes[i];
      codes.push(byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS[byte - 0x80] : byte);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}
