import { test } from "node:test";
import assert from "node:assert/strict";
import { evidenceQuotes } from "./document-texts.js";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("a quote is read without the whole text, exact after characters outside the BMP", async () => {
    const { db } = kb.store;
    const text = "🇰🇵 𝒳 Ri Sun Hui was executed in 2016. Later text.";
    const start = text.indexOf("Ri Sun Hui");
    const end = text.indexOf(" Later");
    const doc = await db.insertInto("documents").values({
      hash: "astral", source: "astral.txt", url: null, title: null, outlet: null, published: "2016-01-01", raw: text, text,
      level: "public", pipeline: "test@1", copy_of: null, ingested_at: "2024-01-01T00:00:00Z",
    }).returning("id").executeTakeFirstOrThrow();
    const event = { document_id: doc.id, type: "execution", doc_person_id: null, actor: "someone", occurred: null, disclosed: null, place: null, attribution: null, certainty: "reported", event_id: null };
    const rows = await db.insertInto("doc_events").values([
      { ...event, start, end },
      { ...event, start: 0, end: text.length + 5 },
    ]).returning("id").execute();
    try {
      const quotes = await evidenceQuotes(db, rows.map((r) => r.id));
      assert.equal(quotes.get(rows[0].id), "Ri Sun Hui was executed in 2016.");
      assert.equal(quotes.get(rows[1].id), null, "a span past the end of the text");
      assert.deepEqual((await evidenceQuotes(db, [1])).get(1), "Pak Chol Min, the deputy ambassador to Italy, defected on 4 September 2019, officials said on Monday.");
    } finally {
      await db.deleteFrom("doc_events").where("document_id", "=", doc.id).execute();
      await db.deleteFrom("documents").where("id", "=", doc.id).execute();
    }
  });
});
