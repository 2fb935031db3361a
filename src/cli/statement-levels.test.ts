import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { forEachDatabase } from "../../test/support/store/test-databases.js";
import { runCli } from "../../test/support/cli/run-cli.js";
import { rolesKb, type RolesKb } from "../../test/support/cli/roles-kb.js";

/**
 * Finding 4 of issue 13: statement levels did nothing for readers.
 * `dossier level statement N confidential` on a post, a date or a country
 * left it visible in the API, the CSV and `export --level public`: reads
 * used the rows derived from every statement. The document's text keeps its
 * own level (quotes still show the sentence); the fact does not.
 */
const ARTICLE = {
  name: "envoy.json", level: "public" as const, record: {
    title: "Envoy defects", url: "https://paper.example/envoy", published: "2019-05-05",
    text: "Pak Chol-min, the deputy ambassador in Kuwait, defected in April 2019, officials said. Ri Sun-hui was executed in 2018.",
  },
};
const HIDDEN = { title: "deputy ambassador", occurred: "2019-04", place: "Kuwait" } as const;

/** A JSON answer without the quoted text of documents (evidence, snippets), which keeps the document's level. */
function facts(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(facts);
  if (json && typeof json === "object") {
    return Object.fromEntries(Object.entries(json).filter(([k]) => !["quote", "text", "snippet", "evidence", "support", "mentions"].includes(k)).map(([k, v]) => [k, facts(v)]));
  }
  return json;
}

/** The cells of a CSV file (quoted fields with "" inside), by row. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; } else if (ch === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; } else if (ch !== "\r") cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** A CSV export without its quote column. */
const csvFacts = (text: string): string => csvRows(text).map((r, _, all) => r.filter((_c, i) => all[0][i] !== "quote").join(",")).join("\n");

/** The values (not the quotes, nor the documents' text) of a statements export. */
function statementValues(text: string): string {
  const [head, ...rows] = csvRows(text);
  const at = (name: string) => head.indexOf(name);
  return rows.filter((r) => r[at("prop")] !== "bodyText").map((r) => `${r[at("prop")]}=${r[at("value")]}|${r[at("original_value")]}`).join("\n");
}

/** The entities of a FollowTheMoney export but the documents' text and the quotes (Documentation summaries). */
const ftmFacts = (text: string): string => text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { schema: string; properties: Record<string, unknown> })
  .filter((e) => e.schema !== "Documentation").map((e) => JSON.stringify({ ...e, properties: { ...e.properties, bodyText: undefined } })).join("\n");

forEachDatabase((dialect) => {
  let kb: RolesKb;
  let person: number;

  before(async () => {
    kb = await rolesKb(dialect, [ARTICLE], "dossier-statement-levels-");
    const rows = await kb.store.db.selectFrom("statements").select(["id", "prop", "value"]).where("prop", "in", Object.keys(HIDDEN)).execute();
    for (const [prop, value] of Object.entries(HIDDEN)) {
      const s = rows.find((r) => r.prop === prop && r.value === value);
      assert.ok(s, `the article gives ${prop} ${value}`);
      const r = await runCli(["level", "statement", String(s.id), "confidential", "--db", kb.kb.location]);
      assert.equal(r.code, 0, r.err);
    }
    person = (await kb.store.db.selectFrom("doc_people").select("id").where("name", "=", "Pak Chol-min").executeTakeFirstOrThrow()).id;
  });
  after(async () => kb.close());

  const reads = () => [`/api/people/${person}`, "/api/people?limit=500", "/api/events?limit=500", "/api/timeline?limit=500", "/api/stats",
    "/api/export?format=json", "/api/export?format=statements", "/api/export?format=ftm", "/api/search?q=Pak"];

  test("a post, a date and a country set confidential leave every reader's API, export and count below confidential", async () => {
    for (const role of ["viewer", "analyst"] as const) {
      for (const path of reads()) {
        const { status, text } = await kb.get(role, path);
        assert.equal(status, 200, `${role} ${path}`);
        const shown = path.includes("format=statements") ? statementValues(text) : path.includes("format=ftm") ? ftmFacts(text) : JSON.stringify(facts(JSON.parse(text)));
        for (const value of [...Object.values(HIDDEN), '"kw"']) assert.ok(!shown.includes(value), `${role} saw ${value} at ${path}`);
      }
      const csv = csvFacts((await kb.get(role, "/api/export?format=csv")).text);
      for (const value of Object.values(HIDDEN)) assert.ok(!csv.includes(value), `${role} saw ${value} in the CSV`);
    }
    const admin = JSON.stringify(JSON.parse((await kb.get("admin", `/api/people/${person}`)).text));
    for (const value of Object.values(HIDDEN)) assert.ok(admin.includes(value), `an admin sees ${value}`);
  });

  test("export --level public leaves the values only confidential statements give", async () => {
    const out = join(kb.kb.dir, "public.json");
    const r = await runCli(["export", "--db", kb.kb.location, "--format", "json", "--level", "public", "--out", out]);
    assert.equal(r.code, 0, r.err);
    const shown = JSON.stringify(facts(JSON.parse(readFileSync(out, "utf8"))));
    for (const value of Object.values(HIDDEN)) assert.ok(!shown.includes(value), `export --level public holds ${value}`);
    assert.match(shown, /Pak Chol-min/);
    assert.match(shown, /defection/, "the event stays, without its date and place");
  });
});
