import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { storedSpans } from "../../store/facts/materialize.js";
import { materializeDocuments } from "../../store/facts/materialize.js";
import { openStore, type Store } from "../../store/open-store.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { extractionPipeline } from "./extract-article.js";
import { extractInline } from "./extraction-pool.js";
import { saveArticle } from "../ingest/save-article.js";

const TEXT = "Thae Yong-ho, the deputy ambassador in London, defected in August 2016, according to Yonhap.\n\n" +
  "Thae had served in Denmark and Sweden. Mr Thae arrived in Seoul with his family.";

forEachDatabase((dialect) => {
  let at: EmptyLocation;
  let store: Store;
  let documentId: number;
  before(async () => {
    at = await emptyLocation(dialect);
    store = await openStore(at.location);
    const contentHash = createHash("sha256").update(TEXT, "utf8").digest("hex");
    ({ documentId } = await saveArticle(store.db, { source: "thae.txt", raw: TEXT, text: TEXT, contentHash }, extractInline(TEXT, "2016-08-20"), "public"));
  });
  after(async () => { await store.close(); await at.remove(); });

  const statements = async () => (await store.db.selectFrom("statements").selectAll().where("document_id", "=", documentId).orderBy("id").execute())
    .map((s) => ({ ...s, texts: storedSpans(s).map((sp) => TEXT.slice(sp.start, sp.end)) }));

  test("every name and alias has the spans that spell it, a post the words that give it", async () => {
    const all = await statements();
    const name = all.find((s) => s.prop === "name" && s.value === "Thae Yong-ho")!;
    assert.deepEqual(name.texts, ["Thae Yong-ho"]);
    const thae = all.find((s) => s.prop === "alias" && s.value === "Thae")!;
    assert.deepEqual(thae.texts, ["Thae", "Thae"], "the alias's own mentions (\"Thae had\", \"Mr Thae\"), not the person's first");
    assert.ok(thae.start > 90, "in the second paragraph");
    const post = all.find((s) => s.prop === "title")!;
    assert.equal(post.texts[0].toLowerCase(), post.value);
  });

  test("each property of an event is a statement: its date and place with their words, the sentence after them", async () => {
    const all = await statements();
    const props = all.filter((s) => s.subject.startsWith("doc_event:")).map((s) => s.prop);
    assert.deepEqual(props, ["type", "person", "occurred", "place", "attribution", "certainty"]);
    const date = all.find((s) => s.prop === "occurred")!;
    assert.equal(date.value, "2016-08");
    assert.match(date.texts[0], /August 2016/);
    assert.match(date.texts[1], /^Thae Yong-ho, the deputy ambassador .* Yonhap\.$/);
    const person = all.find((s) => s.prop === "person")!;
    const row = await store.db.selectFrom("doc_events").select(["doc_person_id", "occurred"]).where("document_id", "=", documentId).executeTakeFirstOrThrow();
    assert.equal(person.value, `doc_person:${row.doc_person_id}`);
    assert.equal(row.occurred, "2016-08");
  });

  test("producers are the pipeline's component versions", async () => {
    const versions = new Set(extractionPipeline().versions);
    for (const s of await statements()) assert.ok(versions.has(s.producer), `${s.prop}: ${s.producer}`);
  });

  test("the rows are what the statements say: deriving them again changes nothing", async () => {
    const { changed, unmatched } = await materializeDocuments(store.db, [documentId], false);
    assert.deepEqual([changed, unmatched.size], [[], 0]);
    await store.db.updateTable("doc_events").set({ occurred: "1999" }).where("document_id", "=", documentId).execute();
    assert.equal((await materializeDocuments(store.db, [documentId], false)).changed.length, 1, "a row changed by hand differs");
    await materializeDocuments(store.db, [documentId]);
    const row = await store.db.selectFrom("doc_events").select("occurred").where("document_id", "=", documentId).executeTakeFirstOrThrow();
    assert.equal(row.occurred, "2016-08", "and the store derives it again");
  });
});
