// The facts of the two seed reports in ../shared/seeds must come out of
// `dossier extract`. Run by `npm run eval` (it needs ../shared), not by `npm test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readArticle } from "../src/ingest/read-inputs.js";
import { extractDoc } from "../src/services/extraction/extract-article.js";
import { presentExtraction, type ExtractionJson } from "../src/services/extraction/present-extraction.js";

const seeds = join(fileURLToPath(import.meta.url), "..", "..", "..", "..", "shared", "seeds");
if (!existsSync(seeds)) throw new Error(`the seed reports are not at ${seeds}; run from a checkout with ../shared beside it`);

async function extract(file: string, published: string): Promise<ExtractionJson> {
  const article = await readArticle(join(seeds, file), { published });
  return presentExtraction(extractDoc(article.text, { published: article.published }));
}

type Event = ExtractionJson["events"][number];
function eventOf(r: ExtractionJson, type: string, who: RegExp): Event {
  const e = r.events.find((x) => x.type === type && x.who !== null && who.test(x.who));
  assert.ok(e, `no ${type} event for ${who}: ${JSON.stringify(r.events.map((x) => [x.type, x.who]))}`);
  return e;
}
const person = (r: ExtractionJson, name: RegExp) => r.people.find((p) => name.test(p.name));

test("seed 000 (published 2016-08-17): Thae Yong Ho, Hwang Jang Yob and the unnamed 1997 envoy", async () => {
  const r = await extract("000_6ef9cd6513adba77.txt", "2016-08-17");
  const thae = person(r, /^Thae Yong Ho$/);
  assert.ok(thae?.titles.includes("deputy ambassador"), "Thae is the deputy ambassador");
  const defection = eventOf(r, "defection", /^Thae Yong Ho$/);
  assert.equal(defection.when, "2016-08-17");
  assert.equal(defection.where, "United Kingdom");
  assert.match(r.places.map((p) => p.name).join("|"), /South Korea/);
  assert.ok(person(r, /^Hwang Jang Yob$/), "Hwang Jang Yob is named");
  eventOf(r, "defection", /^Hwang Jang Yob$/);
  const envoy = r.events.find((e) => e.who === null && /ambassador to Egypt/.test(e.actor ?? ""));
  assert.ok(envoy, "the 1997 Egypt ambassador's defection, unnamed");
  assert.equal(envoy.when, "1997");
  assert.ok(!r.people.some((p) => /Egypt/.test(p.name)), "no invented name for the envoy");
});

test("seed 004 (published 2024-07-25): Ri Il Gyu, Ri Yong Ho, Han Song Ryol, Thae, Ji, Ryu and Jo", async () => {
  const r = await extract("004_0939111cd85e3fb0.txt", "2024-07-25");
  assert.ok(person(r, /^Ri Il Gyu$/)?.titles.includes("counselor"), "Ri Il Gyu is a counselor");
  const ri = eventOf(r, "defection", /^Ri Il Gyu$/);
  assert.equal(ri.when, "2023-11");
  assert.equal(ri.disclosed, "2024-07-16");
  assert.equal(ri.where, "Cuba");
  assert.equal(eventOf(r, "detention", /^Ri Yong Ho$/).when, "2019-12");
  assert.equal(eventOf(r, "execution", /^Ri Yong Ho$/).certainty, "reported");
  const han = eventOf(r, "execution", /^Han Song Ryol$/);
  assert.equal(han.when, "2019-02");
  assert.equal(han.certainty, "reported");
  assert.equal(eventOf(r, "election", /^Thae Yong Ho$/).when, "2020");
  assert.match(eventOf(r, "appointment", /^Thae Yong Ho$/).when ?? "", /^2024/);
  assert.equal(eventOf(r, "election", /^Ji Seong-ho$/).when, "2020");
  const ryu = eventOf(r, "defection", /^Ryu Hyun Woo$/);
  assert.deepEqual([ryu.when, ryu.disclosed, ryu.where], ["2019-09", "2021-01", "Kuwait"]);
  const jo = eventOf(r, "disappearance", /^Jo Song Gil$/);
  assert.deepEqual([jo.when, jo.where], ["2018-11", "Italy"]);
  const joDefection = eventOf(r, "defection", /^Jo Song Gil$/);
  assert.deepEqual([joDefection.when, joDefection.disclosed], ["2019-07", "2020-10"]);
});
