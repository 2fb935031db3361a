import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { protectPerson } from "../services/access/protect-records.js";
import { findPerson } from "../store/queries/find-person.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";
import { rolesKb, type LevelledArticle, type RolesKb } from "../../test/support/cli/roles-kb.js";

/**
 * Finding 3 of issue 13: an analyst could unmask a protected identity. A
 * mention that joined the person after `protect` carried no protection of
 * its own, and a `not_same` judgement that split it off showed the real
 * name to every viewer.
 */
const FIRST: LevelledArticle = { name: "first.json", level: "public", record: {
  title: "Envoy defects", url: "https://paper.example/envoy", published: "2019-05-05",
  text: "Pyon Chol-ung, the deputy ambassador in Kuwait, defected to South Korea in April 2019. Ri Sun-hui was executed in 2018.",
} };
const LATER: LevelledArticle = { name: "later.json", level: "public", record: {
  title: "Former envoy speaks", url: "https://daily.example/speaks", published: "2020-06-06",
  text: "Pyon Chol-ung spoke to reporters in Seoul in May 2020. Kim Yong-nam, a trade official, was arrested in March 2020.",
} };

/** Every read a viewer might make of the two articles and their people. */
const READS = ["/api/people?limit=500", "/api/documents?limit=500", "/api/search?q=Seoul", "/api/search?q=reporters", "/api/export?format=json",
  "/api/export?format=statements", "/people", "/documents", "/timeline"];

forEachDatabase((dialect) => {
  let kb: RolesKb;
  let first: number;
  let later: number;

  before(async () => {
    kb = await rolesKb(dialect, [FIRST], "dossier-protected-");
    const pyon = await findPerson(kb.store.db, "Pyon Chol-ung");
    assert.ok(pyon !== undefined);
    await protectPerson(kb.store.db, pyon, "confidential", "Defector #7", "test");
    await kb.ingest([LATER]);
    const rows = await kb.store.db.selectFrom("doc_people as p").innerJoin("documents as d", "d.id", "p.document_id")
      .select(["p.id", "d.url", "p.person_id"]).where("p.name", "=", "Pyon Chol-ung").orderBy("p.id").execute();
    first = rows.find((r) => r.url === FIRST.record.url)!.id;
    later = rows.find((r) => r.url === LATER.record.url)!.id;
    assert.equal(rows.find((r) => r.id === later)!.person_id, rows.find((r) => r.id === first)!.person_id ?? first, "the later mention joined the protected person");
  });
  after(async () => kb.close());

  async function viewerSees(word: string): Promise<string[]> {
    const seen: string[] = [];
    for (const path of [...READS, `/api/people/${first}`, `/api/people/${later}`, `/people/${later}`]) {
      for (const role of ["viewer", "analyst"] as const) if ((await kb.get(role, path)).text.includes(word)) seen.push(`${role} ${path}`);
    }
    return seen;
  }

  test("a mention that joins a protected person after protect is hidden too, and an analyst may not split it off", async () => {
    assert.deepEqual(await viewerSees("Chol-ung"), []);
    const split = await kb.post("analyst", "/api/judgements", { left: first, right: later, verdict: "not_same" });
    assert.equal(split.status, 403, await split.text());
    assert.equal((await kb.post("analyst", "/api/judgements", { left: later, right: first, verdict: "not_same" })).status, 403);
    assert.deepEqual(await viewerSees("Chol-ung"), []);
    assert.match((await kb.get("admin", `/api/people/${first}`)).text, /Pyon Chol-ung/);
  });

  test("a protected full name stays hidden wherever its rows go: after an admin splits the later mention off, readers below still see only the pseudonym", async () => {
    const split = await kb.post("admin", "/api/judgements", { left: first, right: later, verdict: "not_same" });
    assert.equal(split.status, 201, await split.text());
    const rows = await kb.store.db.selectFrom("doc_people").select(["id", "person_id"]).where("id", "in", [first, later]).execute();
    assert.notEqual(rows[0].person_id ?? rows[0].id, rows[1].person_id ?? rows[1].id, "two people now");
    assert.deepEqual(await viewerSees("Chol-ung"), []);
    assert.match((await kb.get("viewer", `/api/people/${later}`)).text, /Defector #7/);
    assert.match((await kb.get("admin", `/api/people/${later}`)).text, /Pyon Chol-ung/);
  });
});
