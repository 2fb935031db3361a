import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliRun } from "../../test/support/cli/run-cli.js";

/** What one command line printed and returned. */
const run = runCli;

const lines = (s: string): string[] => s.split("\n").filter((l) => l !== "");

let dir = "";
const at = (...parts: string[]): string => join(dir, ...parts);

const GOOD_TEXT = "Ambassador Maria Kowalczyk left her post in Vienna last week, officials said.\n";
const NAV_ONLY_PAGE =
  '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>' +
  "<footer>Copyright The Courier</footer></body></html>";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

before(() => {
  dir = mkdtempSync(join(tmpdir(), "dossier-cli-"));
  writeFileSync(at("empty.txt"), "");
  writeFileSync(at("image.txt"), PNG);
  writeFileSync(at("huge.txt"), Buffer.alloc(20 * 1024 * 1024, "word "));
  // "Zoë and José met René" in UTF-8, then one stray Latin-1 "é" (0xE9): mostly valid UTF-8, so rejected
  writeFileSync(at("mixed.txt"), Buffer.concat([Buffer.from("Zoë and José met René in Lyon "), Buffer.from([0xe9]), Buffer.from(" today.")]));
  writeFileSync(at("nav.html"), NAV_ONLY_PAGE);
  writeFileSync(at("record.json"), JSON.stringify({ title: "A record without a body", published: "2020-03-10" }));
  mkdirSync(at("batch"));
  writeFileSync(at("batch", "a-good.txt"), GOOD_TEXT);
  writeFileSync(at("batch", "b-empty.txt"), "");
  writeFileSync(at("batch", "c-image.txt"), PNG);
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** One stderr line holding the code, a non-zero exit, nothing on stdout and no stack trace. */
function assertOneError(r: CliRun, code: string, exit?: number): void {
  assert.equal(lines(r.err).length, 1, `one stderr line, got: ${r.err}`);
  assert.match(r.err, new RegExp(`^dossier: error ${code}: `));
  assert.ok(!r.err.includes("    at "), "no stack trace");
  assert.notEqual(r.code, 0);
  if (exit !== undefined) assert.equal(r.code, exit);
  assert.equal(r.out, "");
}

test("--help lists the commands", async () => {
  for (const argv of [[], ["--help"], ["-h"], ["help"]]) {
    const r = await run(argv);
    assert.equal(r.code, 0);
    assert.match(r.out, /Usage: dossier <command>/);
    assert.match(r.out, /^ {2}extract +extract people/m);
    assert.equal(r.err, "");
  }
});

test("extract --help prints the command's usage", async () => {
  const r = await run(["extract", "--help"]);
  assert.equal(r.code, 0);
  assert.match(r.out, /^Usage: dossier extract PATH/);
  assert.match(r.out, /--published/);
  assert.match(r.out, /--format json\|text/);
  assert.equal(r.err, "");
});

test("an unknown command is a usage error with exit 2", async () => {
  const r = await run(["frobnicate"]);
  assertOneError(r, "usage", 2);
  assert.match(r.err, /unknown command "frobnicate"/);
});

test("extract without a path is a usage error", async () => {
  assertOneError(await run(["extract"]), "usage", 2);
});

test("an unknown option is a usage error", async () => {
  assertOneError(await run(["extract", "--colour", "red", at("batch", "a-good.txt")]), "usage", 2);
});

test("a --format other than json or text is a usage error", async () => {
  assertOneError(await run(["extract", "--format", "xml", at("batch", "a-good.txt")]), "usage", 2);
});

test("a --published that is not a date is invalid_date", async () => {
  assertOneError(await run(["extract", "--published", "yesterday", at("batch", "a-good.txt")]), "invalid_date", 2);
});

test("a --published shaped like a date but impossible is invalid_date", async () => {
  assertOneError(await run(["extract", "--published", "2016-13-45", at("batch", "a-good.txt")]), "invalid_date", 2);
});

test("an empty file is empty_input", async () => {
  assertOneError(await run(["extract", at("empty.txt")]), "empty_input", 4);
});

test("a PNG named .txt is binary_input", async () => {
  assertOneError(await run(["extract", at("image.txt")]), "binary_input", 4);
});

test("a 20 MB file is document_too_large", async () => {
  assertOneError(await run(["extract", at("huge.txt")]), "document_too_large", 4);
});

test("mostly valid UTF-8 with a stray byte is invalid_encoding", async () => {
  assertOneError(await run(["extract", at("mixed.txt")]), "invalid_encoding", 4);
});

test("an HTML page with no article is no_article", async () => {
  assertOneError(await run(["extract", at("nav.html")]), "no_article", 4);
});

test("a JSON record without text or html is invalid_record", async () => {
  assertOneError(await run(["extract", at("record.json")]), "invalid_record", 4);
});

test("a missing path is file_not_found", async () => {
  const r = await run(["extract", at("no-such-file.txt")]);
  assertOneError(r, "file_not_found", 3);
  assert.ok(r.err.includes("no-such-file.txt"));
});

test("a batch extracts the good file, lists the bad ones with their codes and exits 5", async () => {
  const r = await run(["extract", at("batch")]);
  assert.equal(r.code, 5);
  const results = JSON.parse(r.out) as { document: { source: string }; people: { name: string }[] }[];
  assert.ok(Array.isArray(results));
  assert.deepEqual(results.map((x) => x.document.source), [at("batch", "a-good.txt")]);
  assert.ok(results[0].people.some((p) => p.name === "Maria Kowalczyk"));
  assert.ok(!r.err.includes("    at "), "no stack trace");
  assert.match(r.err, /dossier: 1 extracted, 2 failed:/);
  assert.ok(r.err.includes(`${at("batch", "b-empty.txt")}: empty_input`), r.err);
  assert.ok(r.err.includes(`${at("batch", "c-image.txt")}: binary_input`), r.err);
  assert.ok(!r.err.includes("a-good.txt"));
});

test("extract - reads stdin and prints one JSON object", async () => {
  const r = await run(["extract", "-", "--published", "2020-03-10"], GOOD_TEXT);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, "");
  const result = JSON.parse(r.out) as { document: { source: string; published: string }; people: { name: string; mentions: { start: number; end: number }[] }[] };
  assert.equal(result.document.source, "-");
  assert.equal(result.document.published, "2020-03-10");
  const person = result.people.find((p) => p.name === "Maria Kowalczyk");
  assert.ok(person, r.out);
  const [first] = person.mentions;
  assert.equal(GOOD_TEXT.slice(first.start, first.end), "Maria Kowalczyk");
});

test("--format text prints a readable summary", async () => {
  const r = await run(["extract", "--format", "text", at("batch", "a-good.txt")]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^People \(1\)$/m);
  assert.match(r.out, /Maria Kowalczyk/);
});

test("the command list names and summarises each command as the command itself does", async () => {
  const { commands } = await import("./main.js");
  for (const entry of commands) {
    const command = await entry.load();
    assert.equal(command.name, entry.name);
    assert.equal(command.summary, entry.summary);
  }
});
