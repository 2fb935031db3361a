import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeBytes } from "./decode-bytes.js";

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

const utf16le = (s: string): Buffer => Buffer.from(s, "utf16le");
const utf16be = (s: string): Buffer => utf16le(s).swap16();

test("plain UTF-8", () => {
  assert.deepEqual(decodeBytes(Buffer.from("Zoë met José.")), { text: "Zoë met José.", encoding: "utf-8" });
});

test("UTF-8 with a byte order mark loses the mark", () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("café")]);
  assert.deepEqual(decodeBytes(bytes), { text: "café", encoding: "utf-8" });
});

test("UTF-16LE with a byte order mark", () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le("Thae Yong Ho, café")]);
  assert.deepEqual(decodeBytes(bytes), { text: "Thae Yong Ho, café", encoding: "utf-16le" });
});

test("UTF-16BE with a byte order mark", () => {
  const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be("Seoul")]);
  assert.deepEqual(decodeBytes(bytes), { text: "Seoul", encoding: "utf-16be" });
});

test("UTF-16 without a mark is recognised from its NUL bytes", () => {
  assert.deepEqual(decodeBytes(utf16le("Ri Il Gyu said")), { text: "Ri Il Gyu said", encoding: "utf-16le" });
  assert.deepEqual(decodeBytes(utf16be("Ri Il Gyu said")), { text: "Ri Il Gyu said", encoding: "utf-16be" });
});

test("Latin-1 café becomes windows-1252 text", () => {
  const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x92, 0x6f, 0x6b, 0x92]); // "café ’ok’"
  assert.deepEqual(decodeBytes(bytes), { text: "café \u2019ok\u2019", encoding: "windows-1252" });
});

test("mostly valid UTF-8 with a stray byte is rejected, not altered", () => {
  const bytes = Buffer.concat([Buffer.from("José and Zoë and René met "), Buffer.from([0xe9]), Buffer.from("!")]);
  assert.equal(codeOf(() => decodeBytes(bytes)), "invalid_encoding");
});

test("high bytes that are not plausible Latin-1 are invalid_encoding", () => {
  const bytes = Buffer.from([0x41, 0xe9, 0x81, 0x42]); // 0x81 is undefined in windows-1252
  assert.equal(codeOf(() => decodeBytes(bytes)), "invalid_encoding");
});

test("a PNG header is binary", () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.equal(codeOf(() => decodeBytes(png)), "binary_input");
});

test("PDF, ZIP and gzip signatures are binary", () => {
  for (const head of [Buffer.from("%PDF-1.7\n"), Buffer.from([0x50, 0x4b, 3, 4, 20]), Buffer.from([0x1f, 0x8b, 8])]) {
    assert.equal(codeOf(() => decodeBytes(head)), "binary_input");
  }
});

test("random bytes with NULs are binary", () => {
  let seed = 7;
  const bytes = Buffer.alloc(2000, 0).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  assert.ok(bytes.includes(0));
  assert.equal(codeOf(() => decodeBytes(bytes)), "binary_input");
});

test("random bytes without NULs are binary from their control characters", () => {
  let seed = 11;
  const bytes = Buffer.alloc(2000, 0).map(() => 1 + ((((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff) % 255));
  assert.equal(codeOf(() => decodeBytes(bytes)), "binary_input");
});

test("a text file with a NUL in it is binary", () => {
  assert.equal(codeOf(() => decodeBytes(Buffer.from("plain words and\0 more words here, fine"))), "binary_input");
});

test("empty and white-space-only inputs are empty_input", () => {
  assert.equal(codeOf(() => decodeBytes(Buffer.alloc(0))), "empty_input");
  assert.equal(codeOf(() => decodeBytes(Buffer.from(" \n\t\r\n "))), "empty_input");
  assert.equal(codeOf(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x20]))), "empty_input");
});

test("inputs over the limit are document_too_large", () => {
  assert.equal(codeOf(() => decodeBytes(Buffer.from("a".repeat(101)), { maxBytes: 100 })), "document_too_large");
  assert.equal(decodeBytes(Buffer.from("a".repeat(100)), { maxBytes: 100 }).text.length, 100);
});

test("runs of high bytes, as in Cyrillic KOI8-R, are not taken for Latin-1", () => {
  const bytes = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2, 0x21]); // "Привет мир!"
  assert.equal(codeOf(() => decodeBytes(bytes)), "invalid_encoding");
});
