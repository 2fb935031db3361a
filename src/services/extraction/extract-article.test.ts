// Extraction on small invented sentences, one rule each, through the real pipeline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractDoc } from "./extract-article.js";
import { presentExtraction } from "./present-extraction.js";

const extract = (text: string, published = "2020-05-01") => presentExtraction(extractDoc(text, { published }));
const names = (text: string) => extract(text).people.map((p) => p.name);
const events = (text: string, published?: string) =>
  extract(text, published).events.map((e) => [e.type, e.who, e.when, e.where] as const);

test("Korean names in any romanization are people; the short form joins the full name", () => {
  const r = extract("Pak Chol-min, a counsellor, met Ri Kyong Hui in Pyongyang. Pak later said the talks went well.");
  assert.deepEqual(r.people.map((p) => p.name), ["Pak Chol-min", "Ri Kyong Hui"]);
  assert.deepEqual(r.people[0].aliases, ["Pak"]);
  assert.deepEqual(r.places.map((p) => p.name), ["Pyongyang"]);
});

test("titles in front of a name are peeled off and kept", () => {
  const r = extract("Deputy Foreign Minister Kang Song Il arrived on Monday.");
  assert.equal(r.people[0].name, "Kang Song Il");
  assert.deepEqual(r.people[0].titles, ["deputy foreign minister"]);
});

test("capitalised common words, places and organizations are not people", () => {
  assert.deepEqual(names("Foreign Affairs officials in South Korea and the Unification Ministry said nothing."), []);
});

test("names in a comma list of people are people, even ones that are English words", () => {
  assert.deepEqual(names("Defendants Anna Petrova, Can Demir and Mine Aksoy were sentenced to ten years in prison each."), ["Anna Petrova", "Can Demir", "Mine Aksoy"]);
});

test("a passive verb's subject undergoes the event, with its date and place", () => {
  assert.deepEqual(events("Jon Myong Su, 61, was executed in Pyongyang in March 2019."), [["execution", "Jon Myong Su", "2019-03", "North Korea"]]);
});

test("an active verb's object undergoes it, not its subject", () => {
  assert.deepEqual(events("Police in Lima arrested Carlos Quispe on Tuesday.", "2021-06-10").map((e) => e.slice(0, 3)), [["detention", "Carlos Quispe", "2021-06-08"]]);
});

test("coordinated subjects all undergo the event", () => {
  const found = events("Elena Popescu and her husband, Mihai Popescu, were detained at the border in 2015.");
  assert.deepEqual(found.map((e) => e[1]).sort(), ["Elena Popescu", "Mihai Popescu"]);
});

test("negated and hypothetical statements are left out", () => {
  assert.deepEqual(events("Kim Song Ho did not defect. Choe Myong Nam could face execution if he returns."), []);
});

test("a pronoun is the person last named, of its gender", () => {
  const found = events("Maria Lopez met Juan Perez in Havana. She fled to Miami in 2018.");
  assert.deepEqual(found.map((e) => [e[0], e[1], e[2]]), [["defection", "Maria Lopez", "2018"]]);
});

test("a possessive names the event's person: Ri's defection", () => {
  const r = extract("Ri Kyong Hui's defection in 2017 was kept secret.");
  assert.deepEqual(r.events.map((e) => [e.type, e.who, e.when]), [["defection", "Ri Kyong Hui", "2017"]]);
});

test("an unnamed person keeps who null and an actor", () => {
  const r = extract("A former North Korean envoy to Laos defected in 2016.");
  assert.equal(r.events[0].who, null);
  assert.equal(r.events[0].actor, "A former North Korean envoy to Laos");
});

test("the date of a disclosure is kept apart from the date of the event", () => {
  const r = extract("Han Chol Su defected in November 2019.\n\nHis defection was only made public on July 16.", "2020-08-01");
  assert.deepEqual(r.events.map((e) => [e.type, e.who, e.when, e.disclosed]), [["defection", "Han Chol Su", "2019-11", "2020-07-16"]]);
});

test("hedges and sources are kept: reportedly, according to", () => {
  const r = extract("Jang Il Su was reportedly executed, according to a Japanese newspaper.");
  assert.equal(r.events[0].certainty, "reported");
  assert.equal(r.events[0].attribution, "a Japanese newspaper");
});

test("one event per person and type when the dates agree", () => {
  const r = extract("Yun Su Min defected in 2016. Her defection in August 2016 surprised Seoul.");
  assert.deepEqual(r.events.map((e) => [e.type, e.who, e.when]), [["defection", "Yun Su Min", "2016-08"]]);
});

test("every span lies inside the text and its evidence slices back", () => {
  const text = "Ri Kyong Hui, a diplomat in Rome, vanished in 2018.";
  const r = extract(text);
  for (const p of r.people) for (const m of p.mentions) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
  for (const e of r.events) assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
  assert.deepEqual(r.events.map((e) => [e.type, e.who, e.when, e.where]), [["disappearance", "Ri Kyong Hui", "2018", "Italy"]]);
});

test("an event dated by its distance from another: four days after", () => {
  const r = extract("Jon Chol Su was executed on Thursday.\n\nThe execution of Jon, a former minister, came only four days after he was arrested at a party meeting.", "2013-12-13");
  const byType = Object.fromEntries(r.events.map((e) => [e.type, e.when]));
  assert.deepEqual(byType, { execution: "2013-12-12", detention: "2013-12-08" });
});

test("an event's place: the country of the power that acts, a nationality set off by a comma, never the sentence's place for a modifier", () => {
  assert.deepEqual(events("A Lima court sentenced Rosa Quispe to six years in prison.", "2021-06-03"), [["detention", "Rosa Quispe", null, "Peru"]]);
  assert.deepEqual(events("Chile's former senator, Ana Rojas, died in hospital on Monday.", "2021-06-03"), [["death", "Ana Rojas", "2021-05-31", "Chile"]]);
  assert.deepEqual(events("Former Chilean senator Ana Rojas died on Monday.", "2021-06-03"), [["death", "Ana Rojas", "2021-05-31", "Chile"]]);
  assert.deepEqual(events("The deposed president Ana Rojas arrived in Madrid on Monday.", "2021-06-03").filter((e) => e[0] === "dismissal").map((e) => e[3]), [null]);
});

test("an event's place: a country that acts, else the country of the one who acted on the person", () => {
  assert.deepEqual(events("Peru has jailed Rosa Quispe, her lawyer said on Monday.", "2021-06-03").map((e) => e[3]), ["Peru"]);
  assert.deepEqual(events("Chilean President Ana Rojas fired Pedro Soto on Monday.", "2021-06-03"), [["dismissal", "Pedro Soto", "2021-05-31", "Chile"]]);
});

test("a name made into an adjective is no part of the name that follows ('the Lima-based writer', 'Kremlin-backed Ivan Petrov')", () => {
  assert.deepEqual(names("The Lima-based writer Rosa Quispe spoke. The Kremlin-backed Ivan Petrov left."), ["Rosa Quispe", "Ivan Petrov"]);
});

test("a country that grants asylum is not the person's nationality; a 'then-' prefix is no part of the nationality after it", () => {
  assert.deepEqual(events("Sweden granted asylum to Hamid Rezaei in March 2019.", "2019-06-02"), [["defection", "Hamid Rezaei", "2019-03", null]]);
  assert.deepEqual(events("The then-Chilean president Ana Rojas died on Monday.", "2021-06-03"), [["death", "Ana Rojas", "2021-05-31", "Chile"]]);
});

test("a hyphenated surname alone is a short form of the full name, and a hyphenated given name is name-shaped", () => {
  assert.deepEqual(names("Berit Lund-Hansen, the chair, spoke in Oslo. Lund-Hansen said the vote was clear."), ["Berit Lund-Hansen"]);
  assert.deepEqual(events("Gen. Hans-Peter von Brenken's removal as army inspector in January 2022 surprised the committee.", "2022-03-01"), [["dismissal", "Hans-Peter von Brenken", "2022-01", null]]);
});

test("an abbreviated title keeps its name ('Gen. Victoria Okafor'), a given name that names a place starts a name, a title opening the sentence is a title", () => {
  assert.deepEqual(names("Gen. Victoria Okafor spoke. Lt. Col. Ana Rojas listened."), ["Victoria Okafor", "Ana Rojas"]);
  assert.deepEqual(extract("President Tinubu and the ministers met.").people.map((p) => p.titles), [["president"]]);
  assert.deepEqual(names("His sister Yaa was there."), ["Yaa"]);
});

test("an object pronoun is not its own clause's subject, wherever else that subject was named", () => {
  assert.deepEqual(events("General Ana Rojas defied the president. President Luis Soto met the cabinet. Soto then fired her.", "2021-06-03").map((e) => [e[0], e[1]]), [["dismissal", "Ana Rojas"]]);
});
