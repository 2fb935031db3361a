// Migrations 014 and 015 on a knowledge base written by the schema before them (SQLite: the old rows are written by hand, as that version wrote them).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator, sql } from "kysely";
import { openSqlite } from "../dialects/sqlite/connection.js";
import { materializeDocuments } from "../facts/materialize.js";
import { openStore } from "../open-store.js";
import { checkConsistency } from "../queries/check-consistency.js";
import { migrations } from "./index.js";

const TEXT = "Pak Chol Min, the deputy ambassador, defected to Italy. Pak was seen in Rome.";

test("an older knowledge base gets its guessed dates dropped and the statements its rows follow from", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-migrate-"));
  try {
    const file = join(dir, "old.db");
    const { db } = openSqlite(file);
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < "014"));
    assert.equal((await new Migrator({ db, provider: { getMigrations: async () => before } }).migrateToLatest()).error, undefined);
    await sql`INSERT INTO documents (hash, source, raw, text, level, pipeline, published, ingested_at) VALUES ('h', 'a.txt', '', ${TEXT}, 'public', 'entities@1', '2019-09-10', '2019-09-10T00:00:00Z')`.execute(db);
    await sql`INSERT INTO doc_people (document_id, local, name, aliases, titles, mentions, block_key, person_id)
      VALUES (1, 0, 'Pak Chol Min', '["Pak"]', '["deputy ambassador"]', '[{"start":0,"end":12},{"start":56,"end":59}]', 'pak|cholmin', 1)`.execute(db);
    await sql`INSERT INTO doc_person_blocks (doc_person_id, block) VALUES (1, 'pak|cholmin')`.execute(db);
    await sql`INSERT INTO doc_person_names (key, doc_person_id) VALUES ('pakcholmin', 1), ('pak', 1)`.execute(db);
    // a defection the text does not date: the old writer put the publication date in, with occurred_stated = 0
    await sql`INSERT INTO doc_events (document_id, type, doc_person_id, occurred, occurred_stated, disclosed, place, start, "end", attribution, certainty, event_id, level)
      VALUES (1, 'defection', 1, '2019-09-10', 0, NULL, 'Italy', 0, 55, NULL, 'confirmed', 1, 'public')`.execute(db);
    const st = (subject: string, prop: string, value: string, start: number, end: number, confidence = 0.8) =>
      sql`INSERT INTO statements (document_id, subject, prop, value, start, "end", producer, confidence, attribution, certainty, level)
        VALUES (1, ${subject}, ${prop}, ${value}, ${start}, ${end}, 'events@1', ${confidence}, NULL, 'confirmed', 'public')`.execute(db);
    await st("doc_person:1", "name", "Pak Chol Min", 0, 12);
    await st("doc_person:1", "alias", "Pak", 0, 12);
    await st("doc_person:1", "title", "deputy ambassador", 0, 12);
    await st("doc_event:1", "type", "defection", 0, 55);
    await st("doc_event:1", "occurred", "2019-09-10", 0, 55, 0.4);
    await st("doc_event:1", "country", "Italy", 0, 55);
    await db.destroy();

    const store = await openStore(file);
    try {
      const event = await store.db.selectFrom("doc_events").selectAll().executeTakeFirstOrThrow();
      assert.equal(event.occurred, null, "the publication date is no date of the event");
      const props = (await store.db.selectFrom("statements").select("prop").where("subject", "=", "doc_event:1").execute()).map((s) => s.prop).sort();
      assert.deepEqual(props, ["certainty", "person", "place", "type"]);
      assert.deepEqual((await materializeDocuments(store.db, [1], false)).changed, [], "every row is what its statements say");
      assert.deepEqual((await checkConsistency(store.db)).problems, []);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
