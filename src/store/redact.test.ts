import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "kysely";
import { openStore, type Store } from "./open-store.js";
import { redact } from "./redact.js";
import { emptyLocation, testDialects, type EmptyLocation } from "../../test/support/store/test-databases.js";

type Span = { start: number; end: number };

/** Tricky inputs with what redact() must give, written out by hand. */
const CASES: { why: string; text: string; spans: Span[]; names: string[]; expected: string }[] = [
  { why: "accents as written, any case", text: "ÉLODIE Rémy met élodie rémy.", spans: [], names: ["Élodie Rémy"], expected: "███████████ met ███████████." },
  { why: "hyphens, underscores, %20 and + between name parts", text: "/thae-yong-ho/ Thae_Yong_Ho?q=Thae%20Yong%20Ho&r=thae+yong+ho", spans: [], names: ["Thae Yong Ho"],
    expected: "/████████████/ ████████████?q=████████████████&r=████████████" },
  { why: "names at the edges of the text", text: "Pyon met Pyon", spans: [], names: ["Pyon"], expected: "████ met ████" },
  { why: "whole words only", text: "Pyongyang and Pyon2 and 2Pyon and xPyon; Pyon.", spans: [], names: ["Pyon"], expected: "Pyongyang and Pyon2 and 2Pyon and xPyon; ████." },
  { why: "overlapping names are both masked", text: "Kim Jong Un spoke.", spans: [], names: ["Kim Jong", "Jong Un"], expected: "███████████ spoke." },
  { why: "a name overlapping itself", text: "Ri Ri Ri", spans: [], names: ["Ri Ri"], expected: "████████" },
  { why: "an emoji before a span: spans count UTF-16 units", text: "😀 Thae spoke", spans: [{ start: 3, end: 7 }], names: [], expected: "😀 ████ spoke" },
  { why: "an emoji inside a span is two masks", text: "a 😀b c", spans: [{ start: 2, end: 5 }], names: [], expected: "a ███ c" },
  { why: "a span ending inside an emoji masks all of it", text: "x😀y", spans: [{ start: 0, end: 2 }], names: [], expected: "███y" },
  { why: "an emoji before a name found by pattern", text: "🇰🇵 Pyon Chol-ung: 𝐏yon", spans: [], names: ["Pyon Chol-ung"], expected: "🇰🇵 █████████████: 𝐏yon" },
  { why: "newlines are kept", text: "Pyon\nChol-ung\nleft", spans: [{ start: 0, end: 18 }], names: [], expected: "████\n████████\n████" },
  { why: "a name across a line break", text: "Thae\nYong Ho", spans: [], names: ["Thae Yong Ho"], expected: "████\n███████" },
  { why: "spans outside the text and not whole numbers are ignored", text: "abcdef", spans: [{ start: -3, end: 2 }, { start: 4, end: 99 }, { start: 1.5, end: 3 }], names: [], expected: "██cd██" },
  { why: "short, blank and separator-only names mask nothing", text: "K - _ -- Kim", spans: [], names: ["K", "  ", "--", " Kim "], expected: "K - _ -- ███" },
  { why: "regular-expression characters in a name are literal", text: "A.B and AxB (Ri)", spans: [], names: ["A.B", "(Ri)"], expected: "███ and AxB ████" },
  { why: "an empty text", text: "", spans: [{ start: 0, end: 3 }], names: ["Pyon"], expected: "" },
  { why: "non-breaking and ideographic spaces separate name parts", text: "Pyon\u00a0Chol\u3000ung", spans: [], names: ["Pyon Chol ung"], expected: "█████████████" },
];

test("redact masks spans and whole-word names character by character", () => {
  for (const c of CASES) {
    const out = redact(c.text, c.spans, c.names);
    assert.equal(out, c.expected, c.why);
    assert.equal(out.length, c.text.length, `${c.why}: same length`);
  }
});

// the SQL version of redact() exists on PostgreSQL only (SQLite's reader views call redact() itself)
if (testDialects().includes("postgres")) describe("postgres", () => {
  let kb: EmptyLocation;
  let store: Store;

  before(async () => {
    kb = await emptyLocation("postgres", "dossier-redact-");
    store = await openStore(kb.location);
  });

  after(async () => {
    await store.close();
    await kb.remove();
  });

  test("PostgreSQL's dossier_redact gives what redact() gives", async () => {
    const reader = await store.reader("public");
    for (const c of CASES) {
      const mentions = [JSON.stringify(c.spans)];
      const { rows } = await sql<{ out: string }>`SELECT dossier_redact(${c.text}, ${mentions}::text[], ${c.names}::text[]) AS out`.execute(reader.db);
      assert.equal(rows[0].out, redact(c.text, c.spans, c.names), c.why);
    }
  });

  test("PostgreSQL's dossier_redact reads bad mentions leniently, as spansOf does", async () => {
    const reader = await store.reader("public");
    const bad = ["not json", "5", '{"start": 0, "end": 2}', '[[{"start": 0, "end": 9}]]', '[{"start": "0", "end": 2}]', '[{"start": 4, "end": 6}]'];
    const { rows } = await sql<{ out: string }>`SELECT dossier_redact('abcdef', ${bad}::text[], NULL) AS out`.execute(reader.db);
    // the object on its own counts (flattened one level), the nested list and the string offsets do not
    assert.equal(rows[0].out, "██cd██");
  });
});
