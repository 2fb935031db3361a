import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { correctEvent } from "../services/resolution/correct-facts.js";
import { mergePeople } from "../services/resolution/judge-people.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";
import { runCli } from "../../test/support/cli/run-cli.js";
import { rolesKb, type RolesKb } from "../../test/support/cli/roles-kb.js";

/**
 * Finding 5 of issue 13: undo without an id took back the newest
 * judgement, whoever made it: an analyst could revert an admin's merge of a
 * confidential person the analyst cannot even see. The page's undo form did
 * the same. Now judgements are undone by id, and only by someone who can
 * see them; the command line's undo without an id takes back the newest
 * judgement of the name it is given (--by), never another's.
 */
const ARTICLES = [
  { name: "public.json", level: "public" as const, record: { title: "Diplomat defects", published: "2020-03-03",
    text: "Pak Chol-min, a counsellor at the embassy in Rome, defected in 2019. Jang Song-thaek was executed in 2013." } },
  { name: "secret-1.json", level: "confidential" as const, record: { title: "Source one", published: "2020-04-04",
    text: "Hyon Tae-gyom, a trade official in Bangkok, defected in January 2020." } },
  { name: "secret-2.json", level: "confidential" as const, record: { title: "Source two", published: "2020-04-05",
    text: "Kang Myong-do, a banker in Shenyang, was detained in February 2020." } },
];

forEachDatabase((dialect) => {
  let kb: RolesKb;
  let merge: number;
  let correction: number;
  let hyon: number;
  let kang: number;

  before(async () => {
    kb = await rolesKb(dialect, ARTICLES, "dossier-undo-");
    const id = async (name: string) => (await kb.store.db.selectFrom("doc_people").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
    [hyon, kang] = [await id("Hyon Tae-gyom"), await id("Kang Myong-do")];
    // the admin's judgements about confidential people: nothing an analyst may see, nor take back
    merge = await mergePeople(kb.store.db, { left: hyon, right: kang, by: "admin", why: "one source" });
    const event = (await kb.store.db.selectFrom("doc_events").select("id").where("doc_person_id", "=", kang).executeTakeFirstOrThrow()).id;
    correction = (await correctEvent(kb.store.db, event, "place", "China", { by: "admin" })).id;
  });
  after(async () => kb.close());

  const merged = async () => {
    const rows = await kb.store.db.selectFrom("doc_people").select(["id", "person_id"]).where("id", "in", [hyon, kang]).execute();
    return new Set(rows.map((r) => r.person_id ?? r.id)).size === 1;
  };
  const corrected = async () => (await kb.store.db.selectFrom("fact_judgements").select("id").where("undoes", "=", correction).executeTakeFirst()) === undefined;

  test("the API undoes by id only: without one it is a usage error; an id the analyst cannot see is not found", async () => {
    for (const path of ["/api/judgements/undo", "/api/corrections/undo"]) {
      const bare = await kb.post("analyst", path, {});
      assert.equal(bare.status, 400, `${path}: ${await bare.text()}`);
    }
    const hidden = await kb.post("analyst", "/api/judgements/undo", { id: merge });
    assert.equal(hidden.status, 404, await hidden.text());
    assert.equal((await kb.post("analyst", "/api/corrections/undo", { id: correction })).status, 404);
    assert.ok(await merged(), "the admin's merge stands");
    assert.ok(await corrected(), "the admin's correction stands");
  });

  test("the pages' undo forms need an id too", async () => {
    for (const path of ["/review/undo", "/facts/undo"]) {
      const res = await kb.app.request(`http://localhost${path}`, {
        method: "POST", body: new URLSearchParams({ back: "/review" }).toString(),
        headers: { authorization: `Bearer ${(await tokenOf("analyst"))}`, "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
      });
      assert.equal(res.status, 400, `${path}: ${res.status}`);
    }
    assert.ok(await merged());
    assert.ok(await corrected());
  });

  test("dossier undo without an id takes back the newest judgement of --by, not another judge's", async () => {
    const r = await runCli(["undo", "--db", kb.kb.location, "--by", "analyst"]);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /entity_not_found/);
    assert.notEqual((await runCli(["undo", "--correction", "--db", kb.kb.location, "--by", "analyst"])).code, 0);
    assert.ok(await merged());
    assert.ok(await corrected());
    const own = await runCli(["undo", "--db", kb.kb.location, "--by", "admin"]);
    assert.equal(own.code, 0, own.err);
    assert.match(own.out, new RegExp(`undoes #${merge}$`, "m"));
    assert.ok(!(await merged()));
  });

  /** A new API token of a role's user (the fixture keeps its own). */
  async function tokenOf(role: string): Promise<string> {
    const r = await runCli(["token", "create", role, "--db", kb.kb.location]);
    assert.equal(r.code, 0, r.err);
    return r.out.trim();
  }
});
