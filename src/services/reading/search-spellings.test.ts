import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openStore, type Store } from "../../store/open-store.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { ingestArticles } from "../ingest/ingest-articles.js";
import { peopleList, personDetail, searchKnowledgeBase } from "./kb-queries.js";
import { fixtureArticles } from "../../../test/support/services/articles.js";

forEachDatabase((dialect) => {
  let at: EmptyLocation;
  let store: Store;
  before(async () => {
    at = await emptyLocation(dialect);
    mkdirSync(join(at.dir, "articles"));
    for (const a of fixtureArticles(12)) writeFileSync(join(at.dir, "articles", a.name), a.text);
    store = await openStore(at.location);
    await ingestArticles(store, [join(at.dir, "articles")], { workers: 0, published: "2020-05-01" });
  });
  after(async () => { await store.close(); await at.remove(); });

  test("search finds a person by every spelling the knowledge base holds for them", async () => {
    let spellings = 0;
    for (const p of await peopleList(store)) {
      for (const name of new Set([p.name, ...p.aliases])) {
        spellings++;
        assert.ok((await searchKnowledgeBase(store, name)).people.some((x) => x.id === p.id), `"${name}" finds person ${p.id} (${p.name})`);
      }
    }
    assert.ok(spellings >= 8, `${spellings} spellings`);
  });

  test("a spelling no document uses finds the person the way show does, with their documents and events", async () => {
    for (const typed of ["Thae Young-ho", "Tae Yong Hoo", "Park Chol Mim"]) {
      const shown = (await personDetail(store, typed)).person.id;
      const found = await searchKnowledgeBase(store, typed);
      assert.deepEqual([found.person, found.people.map((p) => p.id)], [shown, [shown]], typed);
      assert.ok(found.documents.length > 0 && found.events.length > 0, `${typed}: documents and events`);
    }
    assert.deepEqual((await searchKnowledgeBase(store, "Kim Pyong Il")).people, [], "no person is a syllable apart from what was typed");
  });
});
