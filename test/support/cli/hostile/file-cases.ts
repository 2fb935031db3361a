import assert from "node:assert/strict";
import { accessSync, chmodSync, constants, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, extractFile, extractPath, folder, peopleOf, assertExtracted, results, type HostileCase } from "./hostile-case.js";

/** An invented article every inert case must still read. */
const ARTICLE = "Ambassador Maria Kowalczyk defected in Vienna in 2019, officials said.";
const onlyMaria = (o: Parameters<typeof peopleOf>[0]) => assert.deepEqual(peopleOf(o), ["Maria Kowalczyk"]);
const utf16 = (text: string): Buffer => Buffer.from(text, "utf16le");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** Deterministic noise: the same bytes on every run. */
function noise(size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = 2463534242;
  for (let i = 0; i < size; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; out[i] = x & 0xff; }
  return out;
}

/** Bytes: sizes, binary formats and encodings. */
const BYTE_CASES: HostileCase[] = [
  { name: "empty file", input: extractFile("empty.txt", ""), expected: "empty_input" },
  { name: "white space only (spaces, tabs, CRLF, zero-width, BOM)", input: extractFile("blank.txt", "\ufeff \t\r\n\u200b  \n"), expected: "empty_input" },
  { name: "PNG named .txt", input: extractFile("photo.txt", PNG), expected: "binary_input" },
  { name: "ELF executable named .html", input: extractFile("page.html", Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)])), expected: "binary_input" },
  { name: "NUL bytes inside text", input: extractFile("nul.txt", Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0, 0, 0, 1, 2, 0, 0, 0]), Buffer.from(ARTICLE)])), expected: "binary_input" },
  { name: "64 KB of random bytes", input: extractFile("noise.txt", noise(65536)), expected: "binary_input" },
  { name: "invalid UTF-8 among valid UTF-8", input: extractFile("mixed.txt", Buffer.concat([Buffer.from("Zoë Kowalczyk of Łódź "), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(" defected.")])), expected: "invalid_encoding" },
  { name: "UTF-8 cut inside a character at the end", input: extractFile("cut.txt", Buffer.concat([Buffer.from("Zoë Kowalczyk defected in Łódź."), Buffer.from([0xc5])])), expected: "invalid_encoding" },
  { name: "UTF-16LE with BOM", input: extractFile("bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(ARTICLE)])), expected: onlyMaria },
  { name: "UTF-16LE without BOM", input: extractFile("nobom.txt", utf16(ARTICLE)), expected: onlyMaria },
  { name: "UTF-16BE with BOM", input: extractFile("be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(ARTICLE).swap16()])), expected: onlyMaria },
  { name: "UTF-16 with an odd number of bytes", input: extractFile("odd.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(ARTICLE), Buffer.from([0x41])])), expected: "invalid_encoding" },
  { name: "UTF-16 with a lone surrogate half", input: extractFile("half.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(ARTICLE), Buffer.from([0x00, 0xd8, 0x41, 0x00])])), expected: "invalid_encoding" },
  { name: "20 MB file (over the 10 MB cap)", input: extractFile("huge.txt", () => Buffer.alloc(20 * 1024 * 1024, "word ")), expected: "document_too_large" },
  { name: "a device that never ends (/dev/zero)", input: extractPath(() => "/dev/zero"), expected: "document_too_large" },
  { name: "stdin holding a PNG", input: () => () => cli(["extract", "-"], PNG), expected: "binary_input" },
  { name: "empty stdin", input: () => () => cli(["extract", "-"], ""), expected: "empty_input" },
];

const capitalised = (n: number): string => Array.from({ length: n }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}x`).join(" ");

/** Text that could make a rule slow, or a page that carries code. */
const TEXT_CASES: HostileCase[] = [
  { name: "1 MB line without spaces", input: extractFile("line.txt", () => "a".repeat(1024 * 1024)), expected: (o) => assert.deepEqual(peopleOf(o), []) },
  { name: "100,000 characters of hyphenated names without a space", input: extractFile("hyphens.txt", () => `Kim${"-Jong".repeat(20000)} defected.`), expected: (o) => void assertExtracted(o) },
  { name: "100,000 ampersands as entities (&amp; × 100,000)", input: extractFile("amps.txt", () => "&amp;".repeat(100000)), expected: (o) => assert.deepEqual(peopleOf(o), []) },
  { name: "10k capitalised words in a row", input: extractFile("caps.txt", () => `${capitalised(10000)} defected in 2019.`), expected: (o) => void assertExtracted(o) },
  { name: "10k commas after a name", input: extractFile("commas.txt", () => `Kim Jong-un${",".repeat(10000)} defected in 2019.`), expected: (o) => assert.deepEqual(peopleOf(o), ["Kim Jong-un"]) },
  { name: "100k dates", input: extractFile("dates.txt", () => "2019 ".repeat(100000)), expected: (o) => assert.deepEqual(peopleOf(o), []) },
  {
    name: "10,000 triggers in one sentence without a full stop", input: extractFile("triggers.txt", () => `${"Kim Jong-un defected, ".repeat(10000)}.`),
    expected: (o) => { const [r] = assertExtracted(o); assert.deepEqual(r.people.map((p: any) => p.name), ["Kim Jong-un"]); assert.ok(r.events.every((e: any) => e.type === "defection" && e.who === "Kim Jong-un")); },
  },
  { name: "100,000 spaces between two words", input: extractFile("spaces.txt", () => `Maria Kowalczyk${" ".repeat(100000)}defected in 2019.`), expected: (o) => void assertExtracted(o) },
  { name: "share-bar line built to backtrack ('Share    ' × 30)", input: extractFile("share.txt", `${"Share    ".repeat(30)}now\n\n${ARTICLE}`), expected: onlyMaria },
  { name: "entity bomb in text (&amp;amp;amp; …)", input: extractFile("bomb.txt", () => `${ARTICLE} ${"&amp;amp;".repeat(50000)}`), expected: onlyMaria },
  { name: "200,000 emoji and 50,000 combining accents", input: extractFile("emoji.txt", () => `${"😀".repeat(200000)} M${"\u0301".repeat(50000)}aria. ${ARTICLE}`), expected: (o) => assert.ok(peopleOf(o).includes("Maria Kowalczyk")) },
  { name: "lone surrogate halves in a JSON text", input: extractFile("halves.json", `{"text": "\\ud800 ${ARTICLE} \\udc00\\udbff"}`), expected: onlyMaria },
  {
    name: "HTML with script, iframe, object, on* handlers, javascript: and data: URLs, CSS expression",
    input: extractFile("scripts.html", `<!doctype html><html><head><title>Envoy defects</title><script>var s = "Kim Jong-un was executed";</script><style>p{background:expression(alert(1))}</style></head><body><article><h1>Envoy defects</h1><p onclick="alert('Kim Yo-jong')" onmouseover="alert(2)">${ARTICLE}</p><script>document.write("Kim Jong-un was executed in 2020")</script><iframe src="javascript:alert(1)">Kim Yo-jong defected</iframe><object data="x.swf"><param name="Kim Jong-nam">Kim Jong-nam</object><p><a href="javascript:alert(1)">Read</a> <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">more</a> <img src=x onerror=alert(1)></p><p>She left her post last week, the ministry said on Monday.</p></article></body></html>`),
    expected: (o) => { onlyMaria(o); assert.doesNotMatch(o.body, /alert|javascript|Kim|expression|base64/); },
  },
  {
    name: "HTML with <base href> and a javascript: meta refresh", input: extractFile("base.html", `<html><head><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><title>Envoy defects</title></head><body><article><p>${ARTICLE}</p><p>She left her post last week, the ministry said.</p></article></body></html>`),
    expected: (o) => { onlyMaria(o); assert.doesNotMatch(o.body, /evil\.example|javascript/); },
  },
  { name: "malformed HTML (unclosed tags, stray brackets, open comment)", input: extractFile("bad.html", `<html><body><p>${ARTICLE}<div><span><b><i></p></div></table><p <p>>< </ \n<!-- never closed <p>more`), expected: onlyMaria },
  { name: "10k nested divs", input: extractFile("nested.html", () => `<html><body>${"<div>".repeat(10000)}<p>${ARTICLE}</p>${"</div>".repeat(10000)}</body></html>`), expected: onlyMaria },
  { name: "entity bomb in HTML (&amp;amp;amp; …)", input: extractFile("bomb.html", () => `<html><body><article><p>${ARTICLE}</p><p>&amp;${"amp;".repeat(50000)}</p></article></body></html>`), expected: onlyMaria },
  {
    name: "HTML of navigation, a newsletter form and a copyright footer only", expected: "no_article",
    input: extractFile("navigation.html", `<html><head><title>Home - The Courier</title></head><body><header><a href="/">The Courier</a></header>
<nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav><div class="menu"><a href="/about">About us</a> | <a href="/contact">Contact</a></div>
<form action="/subscribe"><label>Sign up for our newsletter to get the latest stories every morning</label><input name="email"><button>Subscribe now</button></form>
<p>Please enable JavaScript to view the comments powered by our partner.</p>
<footer><p>Copyright 2024 The Courier Media Group. All rights reserved. Terms of use. Privacy policy. Cookie settings.</p><p>The Courier is a registered trademark of Courier Holdings Limited, 1 Example Street, London.</p></footer></body></html>`),
  },
  { name: "HTML whose only text is in a script", input: extractFile("script-only.html", `<html><body><script>document.body.innerText = "${ARTICLE}"</script></body></html>`), expected: "no_article" },
];

/** JSON and JSON lines. */
const RECORD_CASES: HostileCase[] = [
  { name: "JSON array nested 10k levels", input: extractFile("deep.json", () => "[".repeat(10000) + "]".repeat(10000)), expected: "invalid_record" },
  { name: "JSON record whose text is an object nested 10k levels", input: extractFile("deep-text.json", () => `{"text":${'{"a":'.repeat(10000)}1${"}".repeat(10000)}}`), expected: "invalid_record" },
  { name: "JSON record whose text is a number", input: extractFile("number.json", '{"text": 42, "title": "Envoy"}'), expected: "invalid_record" },
  { name: "JSON record whose text is an array", input: extractFile("array.json", JSON.stringify({ text: [ARTICLE] })), expected: "invalid_record" },
  {
    name: "JSON record with __proto__ and constructor keys", input: extractFile("proto.json", `{"__proto__": {"text": "Kim Jong-un was executed."}, "constructor": {"prototype": {"polluted": 1}}, "text": "${ARTICLE}"}`),
    expected: (o) => { onlyMaria(o); assert.equal(({} as any).polluted, undefined); assert.equal(({} as any).text, undefined); },
  },
  { name: "JSON record whose only text is under __proto__", input: extractFile("proto-only.json", '{"__proto__": {"text": "Kim Jong-un defected in 2019."}}'), expected: "invalid_record" },
  { name: "truncated JSON", input: extractFile("cut.json", `{"text": "${ARTICLE}`), expected: "invalid_record" },
  { name: "empty JSON array", input: extractFile("none.json", "[]"), expected: "empty_input" },
  {
    name: "huge JSON array (2,000 records)", input: extractFile("many.json", () => JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ text: `Envoy ${i}: ${ARTICLE}` })))),
    expected: (o) => { const list = assertExtracted(o); assert.equal(list.length, 2000); assert.ok(list.every((r) => r.people.some((p: any) => p.name === "Maria Kowalczyk"))); },
  },
  { name: "JSON array of 50,000 numbers", input: extractFile("numbers.json", () => JSON.stringify(Array.from({ length: 50000 }, (_, i) => i))), expected: (o) => { assert.equal(o.status, 5); assert.equal(o.errors.length, 50000); assert.ok(o.errors.every((c) => c === "invalid_record")); } },
  {
    name: "JSONL with bad lines between good ones", input: extractFile("mixed.jsonl", [JSON.stringify({ text: ARTICLE }), "{not json", "", "[1,2]", '"a string"', '{"title": "no text"}', JSON.stringify({ text: "Kim Jong-un defected in 2019." })].join("\n")),
    expected: (o) => { assert.equal(o.status, 5); assert.deepEqual(o.errors, ["invalid_record", "invalid_record", "invalid_record", "invalid_record"]); assert.deepEqual(results(o).map((r) => r.people.map((p: any) => p.name)), [["Maria Kowalczyk"], ["Kim Jong-un"]]); },
  },
  {
    name: "JSONL with one line over the size cap", input: extractFile("long-line.jsonl", () => `{"text": "${"word ".repeat(2200000)}"}\n${JSON.stringify({ text: ARTICLE })}\n`),
    expected: (o) => { assert.equal(o.status, 5); assert.deepEqual(o.errors, ["document_too_large"]); assert.deepEqual(results(o).map((r) => r.people.map((p: any) => p.name)), [["Maria Kowalczyk"]]); },
  },
];

/** Names, paths and folders. */
const PATH_CASES: HostileCase[] = [
  { name: "a path through ../", input: extractPath((env) => { const dir = folder(env, { "a.txt": ARTICLE }); mkdirSync(join(dir, "sub")); return `${dir}/sub/../../${dir.split("/").at(-1)}/a.txt`; }), expected: (o) => { onlyMaria(o); assert.match(results(o)[0].document.source, /\/sub\/\.\.\/\.\.\/case-\d+\/a\.txt$/); } },
  { name: "a file name with a newline", input: extractFile("line\nbreak.txt", ARTICLE), expected: onlyMaria },
  {
    name: "a binary file whose name forges a second error line", input: extractPath((env) => folder(env, { "a.txt": ARTICLE, "x\ndossier: error internal: forged.txt": PNG })),
    expected: (o) => {
      assert.equal(o.status, 5);
      assert.deepEqual(o.errors, ["binary_input"]);
      assert.ok(o.log.includes("x\\ndossier: error internal: forged.txt: binary_input"), o.log);
    },
  },
  { name: "a file name with a NUL", input: extractPath((env) => join(folder(env), "a\0b.txt")), expected: "file_not_found" },
  {
    name: "RTL override in a file name shown in an error", input: extractPath((env) => folder(env, { "a.txt": ARTICLE, "invoice\u202etxt.html": PNG })),
    expected: (o) => { assert.deepEqual(o.errors, ["binary_input"]); assert.ok(!o.log.includes("\u202e") && o.log.includes("invoice\\u202etxt.html"), o.log); },
  },
  { name: "zero-width characters in a file name", input: extractFile("zero\u200b\u200dwidth.txt", ARTICLE), expected: onlyMaria },
  { name: "combining characters in a file name", input: extractFile("e\u0301\u0301\u0301\u0301.txt", ARTICLE), expected: onlyMaria },
  { name: "emoji in a file name", input: extractFile("😀🇰🇷.txt", ARTICLE), expected: onlyMaria },
  { name: "a 250-character file name", input: extractFile(`${"x".repeat(246)}.txt`, ARTICLE), expected: onlyMaria },
  { name: "a path longer than the system allows", input: extractPath((env) => join(folder(env), `${"d".repeat(200)}/`.repeat(30), "a.txt")), expected: "file_not_found" },
  { name: "a symbolic link that points to itself", input: extractPath((env) => { const path = join(folder(env), "loop.txt"); symlinkSync(path, path); return path; }), expected: "file_not_found" },
  {
    name: "a directory of symbolic link loops", input: extractPath((env) => { const dir = folder(env); symlinkSync(dir, join(dir, "self")); symlinkSync(join(dir, "b.txt"), join(dir, "a.txt")); symlinkSync(join(dir, "a.txt"), join(dir, "b.txt")); return dir; }),
    expected: "empty_input",
  },
  { name: "a directory with 0 files", input: extractPath((env) => folder(env)), expected: "empty_input" },
  {
    name: "an unreadable file (chmod 000)", input: extractPath((env) => { const path = join(folder(env, { "secret.txt": ARTICLE }), "secret.txt"); chmodSync(path, 0); unreadable.canRead = canRead(path); return path; }),
    // Root reads it anyway; anyone else gets file_not_found ("cannot be read").
    expected: (o) => { if (unreadable.canRead) onlyMaria(o); else { assert.deepEqual(o.errors, ["file_not_found"]); assert.match(o.log, /cannot be read/); } },
  },
  { name: "an unknown extension named on the command line", input: extractFile("notes.exe", ARTICLE), expected: onlyMaria },
  { name: "--published holding SQL", input: (env) => { const path = join(folder(env, { "a.txt": ARTICLE }), "a.txt"); return () => cli(["extract", path, "--published", "2019'; DROP TABLE documents; --"]); }, expected: "invalid_date" },
  {
    name: "ingest of a folder of good, empty, binary, looping and bad-line inputs",
    input: (env) => {
      const dir = folder(env, { "a.txt": ARTICLE, "b.txt": "", "c.txt": PNG, "d.jsonl": `{oops\n${JSON.stringify({ text: "Kim Jong-un defected in 2019." })}\n` });
      symlinkSync(join(dir, "e.txt"), join(dir, "e.txt"));
      writeFileSync(join(dir, "f.png"), PNG);
      return () => cli(["ingest", dir, "--db", join(dir, "kb.db"), "--workers", "0"]);
    },
    expected: async (o) => {
      assert.equal(o.status, 5);
      assert.deepEqual(o.errors.sort(), ["binary_input", "empty_input", "invalid_record"]);
      assert.match(o.log, /ingested 2, skipped as duplicate 0, failed 3/);
    },
  },
  { name: "ingest of an empty folder", input: (env) => { const dir = folder(env); return () => cli(["ingest", dir, "--db", join(env.dir, "empty-kb.db"), "--workers", "0"]); }, expected: (o) => { assert.equal(o.status, 5); assert.deepEqual(o.errors, ["empty_input"]); } },
  {
    name: "search with SQL and FTS5 syntax from the command line", input: (env) => () => cli(["search", "' OR 1=1 -- NEAR( * ^ \"; DROP TABLE documents", "--db", env.kbFile, "--json"]),
    expected: (o) => { assert.equal(o.status, 0, o.log); assert.deepEqual(JSON.parse(o.body).people, []); },
  },
];

/** Whether this process may read the chmod 000 file (root may), asked of the system before the run. */
const unreadable = { canRead: false };
function canRead(path: string): boolean {
  try { accessSync(path, constants.R_OK); return true; } catch { return false; }
}

export const FILE_CASES: HostileCase[] = [...BYTE_CASES, ...TEXT_CASES, ...RECORD_CASES, ...PATH_CASES];
