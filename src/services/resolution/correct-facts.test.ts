import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { openStore, type Store } from "../../store/open-store.js";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { emptyLocation, forEachDatabase, type EmptyLocation } from "../../../test/support/store/test-databases.js";
import { correctEvent, reviewEvent, reviewStatement, setPersonPost, settleConflict, undoFactJudgement } from "./correct-facts.js";
import { extractInline, type Extraction } from "../extraction/extraction-pool.js";
import { conflictList, eventList, personDetail } from "../reading/kb-queries.js";
import { reviewQueue } from "./review-queue.js";
import { replaceExtraction, saveArticle } from "../ingest/save-article.js";
import { checkConsistency } from "../../store/queries/check-consistency.js";

const ana = { by: "ana", why: "the court record says November" };

/** Every row is what its statements and the judgements say, and every other check holds. */
const consistent = async (store: Store) => assert.deepEqual((await checkConsistency(store.db)).problems, []);

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);
  const event = async (id: number) => (await eventList(kb.store)).find((e) => e.id === id);

  test("an event's date corrected (month precision) stands over its sources', in the log with who and why; undo brings theirs back", async () => {
    const { id } = await correctEvent(kb.store.db, 5, "occurred", "2015-11", ana);
    const corrected = await event(5);
    assert.deepEqual([corrected?.occurred, corrected?.corrected, corrected?.review], ["2015-11", ["occurred"], "accepted"]);
    const log = await kb.store.db.selectFrom("fact_judgements").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    assert.deepEqual([log.action, log.target, log.prop, log.value, log.by, log.why], ["set", "event:5", "occurred", "2015-11", "ana", ana.why]);
    const extracted = await kb.store.db.selectFrom("statements").select("review").where("subject", "=", "doc_event:5").where("prop", "=", "occurred").executeTakeFirstOrThrow();
    assert.equal(extracted.review, "edited");
    await consistent(kb.store);
    assert.deepEqual(await undoFactJudgement(kb.store.db, "ana"), { undone: id, added: id + 1 });
    assert.deepEqual([(await event(5))?.occurred, (await event(5))?.corrected], ["2016", []]);
    await consistent(kb.store);
  });

  test("a corrected type, person or place; a bad value is refused with the valid ones", async () => {
    await correctEvent(kb.store.db, 3, "type", "dismissal", ana);
    await correctEvent(kb.store.db, 3, "place", "Egypt", ana);
    const moved = await correctEvent(kb.store.db, 3, "person", "Pak Chol Min", ana);
    const e = (await eventList(kb.store)).find((x) => x.id === moved.event);
    assert.deepEqual([e?.type, e?.places, e?.person, e?.personName], ["dismissal", ["Egypt"], 1, "Pak Chol Min"]);
    assert.ok((await personDetail(kb.store, "1")).events.some((x) => x.type === "dismissal"), "the event is on Pak's page now");
    await consistent(kb.store);
    for (let i = 0; i < 3; i++) await undoFactJudgement(kb.store.db, "ana");
    assert.deepEqual((await event(3))?.type, "appointment");
    await assert.rejects(correctEvent(kb.store.db, 3, "type", "coronation", ana), { code: "usage", message: /valid: defection, execution/ });
    await assert.rejects(correctEvent(kb.store.db, 3, "occurred", "2019-13", ana), { code: "invalid_date" });
    await assert.rejects(correctEvent(kb.store.db, 3, "certainty", "denied", ana), { code: "usage", message: /these can: type, person, occurred, place/ });
    await assert.rejects(correctEvent(kb.store.db, 999, "occurred", "2019", ana), { code: "entity_not_found" });
  });

  test("a rejected event is read nowhere; undo brings it back", async () => {
    await reviewEvent(kb.store.db, 3, "reject", ana);
    assert.equal(await event(3), undefined);
    assert.ok(!(await personDetail(kb.store, "3")).events.length);
    await undoFactJudgement(kb.store.db, "ana");
    assert.equal((await event(3))?.type, "appointment");
  });

  test("a rejected alias no longer counts for its person; a post set by an analyst joins the sources'", async () => {
    const alias = await kb.store.db.selectFrom("statements").select("id").where("prop", "=", "alias").where("value", "=", "Mr Pak").executeTakeFirstOrThrow();
    await reviewStatement(kb.store.db, alias.id, "reject", ana);
    assert.ok(!(await personDetail(kb.store, "1")).person.aliases.includes("Mr Pak"));
    await setPersonPost(kb.store.db, 1, "counsellor in Rome", ana);
    assert.ok((await personDetail(kb.store, "1")).posts.some((p) => p.title === "counsellor in Rome"));
    await consistent(kb.store);
    await undoFactJudgement(kb.store.db, "ana");
    await undoFactJudgement(kb.store.db, "ana");
    const page = await personDetail(kb.store, "1");
    assert.ok(page.person.aliases.includes("Mr Pak") && !page.posts.some((p) => p.title === "counsellor in Rome"));
  });

  test("a contradiction settled (both dates kept) leaves the queue; undo opens it again", async () => {
    const [conflict] = await conflictList(kb.store);
    await settleConflict(kb.store.db, conflict.id, "both", ana);
    assert.deepEqual(await conflictList(kb.store), []);
    await assert.rejects(settleConflict(kb.store.db, conflict.id, "left", ana), { code: "usage", message: /settled already/ });
    await undoFactJudgement(kb.store.db, "ana");
    assert.deepEqual((await conflictList(kb.store)).map((c) => c.id), [conflict.id]);
    await settleConflict(kb.store.db, conflict.id, "left", ana);
    assert.equal((await event(6))?.occurred, "2016", "the left source's date");
    await undoFactJudgement(kb.store.db, "ana");
    assert.equal((await event(6))?.occurred, "2016-05");
  });
});

const TEXT = "Kang Chol-su, a vice minister of trade, was dismissed on 3 May 2019, state media said.";

forEachDatabase((dialect) => {
  let at: EmptyLocation;
  let store: Store;
  let documentId: number;
  let x: Extraction;
  before(async () => {
    at = await emptyLocation(dialect);
    store = await openStore(at.location);
    x = extractInline(TEXT, "2019-05-05");
    const contentHash = createHash("sha256").update(TEXT, "utf8").digest("hex");
    ({ documentId } = await saveArticle(store.db, { source: "kang.txt", raw: TEXT, text: TEXT, contentHash }, x, "public"));
  });
  after(async () => { await store.close(); await at.remove(); });

  test("re-extraction keeps a correction; one whose evidence changed is reopened for review, not dropped", async () => {
    const [e] = await eventList(store);
    await correctEvent(store.db, e.id, "occurred", "2019-04", ana);
    await replaceExtraction(store.db, documentId, { text: TEXT }, x, "public");
    assert.equal((await eventList(store))[0].occurred, "2019-04", "the same evidence: the correction holds");
    assert.deepEqual((await reviewQueue(store)).filter((i) => i.kind === "recheck"), []);
    // An extractor whose evidence for the event is another span (as a new version might give).
    const moved: Extraction = { ...x, record: { ...x.record, facts: x.record.facts.map((f) => (f.prop === "type" ? { ...f, spans: [{ start: 0, end: 40 }] } : f)) } };
    await replaceExtraction(store.db, documentId, { text: TEXT }, moved, "public");
    assert.equal((await eventList(store))[0].occurred, "2019-05-03", "the judgement no longer applies to evidence it did not see");
    const [recheck] = (await reviewQueue(store)).filter((i) => i.kind === "recheck");
    assert.match(recheck?.detail ?? "", /judgement #\d+ \(occurred = 2019-04, by ana\) no longer matches the evidence of document \d+: check it again/);
    await undoFactJudgement(store.db, "ana");
    assert.deepEqual((await reviewQueue(store)).filter((i) => i.kind === "recheck"), [], "undone, it leaves the queue");
  });
});
