import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { articleFromText, readArticle, readInputs, type InputResult } from "./read-inputs.js";

let dir = "";
const at = (...parts: string[]): string => join(dir, ...parts);

const PAGE = `<!doctype html><html><head><title>Envoy defects | The Courier</title>
<meta property="article:published_time" content="2016-08-16T08:00:00Z"></head><body>
<aside class="trending"><h3>Trending now</h3><ul><li><a href="/a">Maria Fernandez wins regional vote</a></li></ul></aside>
<main><article><h1>Envoy defects</h1><p>Envoy Jan Kowal has left his post in London.</p>
<p>He reached Seoul on Tuesday, officials said.</p></article></main></body></html>`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "dossier-ingest-"));
  await mkdir(at("in", "sub"), { recursive: true });
  await mkdir(at("in", ".git"));
  await writeFile(at("in", "a.txt"), "Envoy defects\r\n\r\nThe envoy does n't talk.&nbsp, He left.\r\nExit mobile version\r\n");
  await writeFile(at("in", "b.html"), PAGE);
  await writeFile(at("in", "c.json"), JSON.stringify([{ text: "First record text." }, { title: "no body" }]));
  await writeFile(
    at("in", "d.jsonl"),
    '{"html": "<article><p>Envoy Jan Kowal has left his post in London.</p></article>", "published": "2019-06-04T10:00:00Z"}\n' +
      "\n{broken\n" +
      '{"text": "Third line text.", "published": "soon"}\n',
  );
  await writeFile(at("in", "notes.xyz"), "skipped in a directory");
  await writeFile(at("in", ".hidden.txt"), "hidden");
  await writeFile(at("in", ".git", "x.txt"), "hidden too");
  await writeFile(at("in", "sub", "e.txt"), "Nested note about Jan Kowal.");
  await writeFile(at("in", "sub", "README.md"), "Notes on the folder, not an article.");
  await writeFile(at("page.xyz"), PAGE);
  await writeFile(at("note.xyz"), "Plain words about Jan Kowal.");
  await writeFile(at("image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
  await writeFile(at("empty.txt"), "");
  await writeFile(at("big.txt"), "word ".repeat(100));
  await writeFile(at("utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zoë Kowal left.", "utf16le")]));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(paths: string[], options = {}): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for await (const result of readInputs(paths, options)) results.push(result);
  return results;
}

const summary = (results: InputResult[]): string[] =>
  results.map((r) => (r.ok ? `${r.article.source.slice(dir.length + 1)}: ok` : `${r.source.slice(dir.length + 1)}: ${r.error.code}`));

test("a directory is read recursively, sorted, skipping hidden files and unknown extensions", async () => {
  const results = await collect([at("in")]);
  assert.deepEqual(summary(results), [
    "in/a.txt: ok",
    "in/b.html: ok",
    "in/c.json#1: ok",
    "in/c.json#2: invalid_record",
    "in/d.jsonl#1: ok",
    "in/d.jsonl#3: invalid_record",
    "in/d.jsonl#4: ok",
    "in/sub/e.txt: ok",
  ]);
});

test("text files are cleaned and hashed", async () => {
  const [result] = await collect([at("in", "a.txt")]);
  assert.ok(result.ok);
  const { article } = result;
  assert.equal(article.text, "Envoy defects\n\nThe envoy doesn't talk. He left.");
  assert.equal(article.title, "Envoy defects");
  assert.equal(article.contentHash, createHash("sha256").update(article.text).digest("hex"));
  const start = article.text.indexOf("He left");
  assert.equal(article.raw.slice(article.offsets.toRaw(start), article.offsets.toRaw(start) + 7), "He left");
});

test("HTML pages give their text, metadata and offsets into the page", async () => {
  const article = await readArticle(at("in", "b.html"));
  assert.equal(article.published, "2016-08-16");
  assert.ok(!article.text.includes("Maria Fernandez"));
  assert.equal(article.raw, PAGE);
  const start = article.text.indexOf("Jan Kowal");
  assert.equal(PAGE.slice(article.offsets.toRaw(start), article.offsets.toRaw(start) + 9), "Jan Kowal");
});

test("record dates are normalised, invalid ones dropped", async () => {
  const results = await collect([at("in", "d.jsonl")]);
  assert.ok(results[0].ok && results[0].article.published === "2019-06-04");
  assert.ok(results[2].ok && results[2].article.published === undefined);
});

test("a published option overrides pages and dates the records without a date; a record keeps its own", async () => {
  const results = await collect([at("in", "d.jsonl"), at("in", "b.html")], { published: "2020-01-02T00:00:00Z" });
  const dates = results.filter((r) => r.ok).map((r) => (r.ok ? r.article.published : ""));
  assert.deepEqual(dates, ["2019-06-04", "2020-01-02", "2020-01-02"]);
  await assert.rejects(collect([at("in")], { published: "someday" }), { code: "invalid_date" });
});

test("named files of unknown extension are sniffed", async () => {
  const [page, note] = await collect([at("page.xyz"), at("note.xyz")]);
  assert.ok(page.ok && page.article.title === "Envoy defects" && !page.article.text.includes("<"));
  assert.ok(note.ok && note.article.text === "Plain words about Jan Kowal.");
});

test("bad files are results with codes, not throws", async () => {
  const results = await collect([at("missing.txt"), at("image.txt"), at("empty.txt"), at("big.txt")], { maxBytes: 100 });
  assert.deepEqual(summary(results), [
    "missing.txt: file_not_found",
    "image.txt: binary_input",
    "empty.txt: empty_input",
    "big.txt: document_too_large",
  ]);
});

test("UTF-16 files are decoded", async () => {
  assert.equal((await readArticle(at("utf16.txt"))).text, "Zoë Kowal left.");
});

test("stdin is read for '-', and sniffed", async () => {
  const [text] = await collect(["-"], { stdin: Readable.from([Buffer.from("Jan Kowal "), Buffer.from("left.")]) });
  assert.ok(text.ok && text.article.source === "-" && text.article.text === "Jan Kowal left.");
  const [html] = await collect(["-"], { stdin: Readable.from([Buffer.from(PAGE)]) });
  assert.ok(html.ok && html.article.published === "2016-08-16");
  const lines = await collect(["-"], { stdin: Readable.from(['{"text":"One."}\n{"text":"Two."}\n']) });
  assert.deepEqual(lines.map((r) => r.ok && r.article.source), ["-#1", "-#2"]);
});

test("readArticle throws the error of a failed input", async () => {
  await assert.rejects(readArticle(at("missing.txt")), { code: "file_not_found" });
});

test("articleFromText cleans text held in memory", () => {
  const article = articleFromText("Jan Kowal ( UN ) left.", { source: "memo", published: "2016-08-16T08:00:00Z" });
  assert.equal(article.text, "Jan Kowal (UN) left.");
  assert.equal(article.published, "2016-08-16");
  assert.equal(article.source, "memo");
  assert.throws(() => articleFromText("Exit mobile version\n"), { code: "empty_input" });
});
