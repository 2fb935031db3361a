import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { openStore, type Store } from "../../store/open-store.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { extractInline } from "../extraction/extraction-pool.js";
import { resolvePeople } from "./resolve-people.js";
import { saveArticle } from "../ingest/save-article.js";

// Two workers at once: the article stored first (lower ids) may be resolved last, after the other worker resolved its own person.
forEachDatabase((dialect) => {
  let at: EmptyLocation;
  let store: Store;
  before(async () => { at = await emptyLocation(dialect); store = await openStore(at.location); });
  after(async () => { await store.close(); await at.remove(); });

  test("a newcomer with a lower id than a person resolved in the meantime is still compared with them", async () => {
    const save = (text: string) => saveArticle(store.db, { source: text.slice(0, 10), raw: text, text, contentHash: createHash("sha256").update(text).digest("hex") }, extractInline(text, "2021-01-01"), "public");
    const first = await save("Kwon Song-il, a trade official, defected in 2019, officials said.");
    const second = await save("Kwon Song-il was detained in Pyongyang in 2020, according to Yonhap.");
    // the second worker resolved its person while the first article was still being written
    await store.db.updateTable("doc_people").set({ person_id: second.docPeople[0] }).where("id", "=", second.docPeople[0]).execute();
    await resolvePeople(store.db, second.blocks);
    const rows = await store.db.selectFrom("doc_people").select("person_id").where("id", "in", [first.docPeople[0], second.docPeople[0]]).execute();
    assert.equal(new Set(rows.map((r) => r.person_id)).size, 1, "one person");
  });
});
