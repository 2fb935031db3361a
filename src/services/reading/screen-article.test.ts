import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixtureStore } from "../../../test/support/store/kb-test-store.js";
import { forEachDatabase } from "../../../test/support/store/test-databases.js";
import { screenArticle } from "./screen-article.js";

const ARTICLE = "Park Chol Min, a former diplomat in Rome, defected in September 2019, the ministry said.\n\n" +
  "Ri Sun Hui, a vice minister of culture, was executed in 2015, a defector group said.\n\n" +
  "Ambassador Kim Yong Su was dismissed in 2020.\n\n" +
  "Tomas Berglund, a Swedish consul, was detained in Minsk in March 2021, police said.";

forEachDatabase((dialect) => {
  const kb = useFixtureStore(dialect);

  test("screening finds the people of the knowledge base through other spellings, and tells new, confirming and contradicting events apart", async () => {
    const r = await screenArticle(kb.store, ARTICLE, "2021-04-01");
    const known = Object.fromEntries(r.people.map((p) => [p.name, p.known?.id ?? null]));
    assert.deepEqual(known, { "Park Chol Min": 1, "Ri Sun Hui": 5, "Kim Yong Su": 3, "Tomas Berglund": null });
    const status = Object.fromEntries(r.events.map((e) => [e.type, [e.status, e.event?.id ?? null]]));
    assert.deepEqual(status, {
      defection: ["confirms", 1], // 2019-09 agrees with 2019-09-04
      execution: ["contradicts", 5], // an execution happens once; the knowledge base says 2016
      dismissal: ["new", null], // Kim is known, this event is not
      detention: ["new", null],
    });
    assert.match(r.events.find((e) => e.type === "execution")!.quote, /^Ri Sun Hui, a vice minister of culture, was executed in 2015/);
  });
});
