import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore, type Store } from "../../store/open-store.js";
import { checkConsistency } from "../../store/queries/check-consistency.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { correctEvent, reviewStatement } from "../resolution/correct-facts.js";
import { exportKnowledgeBase } from "./export-knowledge-base.js";
import { STATEMENT_COLUMNS } from "./export-statements.js";
import { importStatements, parseCsv } from "./import-statements.js";
import { ingestArticles } from "../ingest/ingest-articles.js";
import { eventList, peopleList } from "../reading/kb-queries.js";
import { fixtureArticles } from "../../../test/support/services/articles.js";

forEachDatabase((dialect) => {
  let from: EmptyLocation, to: EmptyLocation;
  let source: Store, target: Store;
  before(async () => {
    [from, to] = [await emptyLocation(dialect), await emptyLocation(dialect)];
    mkdirSync(join(from.dir, "articles"));
    for (const a of fixtureArticles(12)) writeFileSync(join(from.dir, "articles", a.name), a.text);
    writeFileSync(join(from.dir, "articles", "formula.txt"), "=HYPERLINK(\"x\") Maria Kowalczyk, a consul, defected in Oslo in 2019, officials said.");
    source = await openStore(from.location);
    await ingestArticles(source, [join(from.dir, "articles")], { workers: 0, published: "2020-05-01" });
    const [event] = await eventList(source);
    await correctEvent(source.db, event.id, "occurred", "2001-06", { by: "ana" });
    const alias = await source.db.selectFrom("statements").select("id").where("prop", "=", "alias").executeTakeFirst();
    if (alias) await reviewStatement(source.db, alias.id, "reject", { by: "ana" });
    target = await openStore(to.location);
  });
  after(async () => { await source.close(); await target.close(); await from.remove(); await to.remove(); });

  test("statements export in FtM's layout with quote, offsets, URL and certainty; spreadsheet formulas neutralised", async () => {
    const csv = await exportKnowledgeBase(source, "statements");
    const [header, ...rows] = parseCsv(csv);
    assert.deepEqual(header, [...STATEMENT_COLUMNS]);
    assert.ok(rows.some((r) => r[4] === "involved") && rows.some((r) => r[4] === "date") && rows.some((r) => r[17] === "analyst:ana"));
    assert.ok(rows.every((r) => r[6] === "dossier"));
    assert.ok(csv.includes(",\"'=HYPERLINK(\"\"x\"\")"), "a body text starting with = is neutralised");
  });

  test("export, import into an empty knowledge base, export again: identical; a second import adds nothing", async () => {
    const first = await exportKnowledgeBase(source, "statements");
    const s = await importStatements(target.db, first);
    assert.equal(s.documents, 13);
    assert.ok(s.judgements >= 2, "the correction and the rejection");
    assert.equal(await exportKnowledgeBase(target, "statements"), first);
    assert.deepEqual((await checkConsistency(target.db)).problems, []);
    assert.deepEqual((await peopleList(target)).map((p) => p.name).sort(), (await peopleList(source)).map((p) => p.name).sort());
    assert.deepEqual((await eventList(target)).map((e) => [e.type, e.occurred]).sort(), (await eventList(source)).map((e) => [e.type, e.occurred]).sort());
    assert.deepEqual(await importStatements(target.db, first), { documents: 0, skipped: 13, statements: 0, judgements: 0 });
  });

  test("json and csv carry each fact's quote, offsets and URL", async () => {
    const json = JSON.parse(await exportKnowledgeBase(source, "json")) as { events: { evidence: { quote: string; start: number; end: number; document: string }[] }[] };
    const ev = json.events[0].evidence[0];
    assert.ok(ev.quote && ev.end > ev.start && ev.document, JSON.stringify(ev));
    const csv = await exportKnowledgeBase(source, "csv");
    assert.match(csv, /\r\nevidence,\d+,[^\r]*,event,[^\r]*a\d{3}\.txt,,[^\r]*defected[^\r]*,\d+,\d+\r\n/);
  });
});
