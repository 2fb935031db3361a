import { test } from "node:test";
import assert from "node:assert/strict";
import { lexicon } from "../nlp/lexicon.js";
import { nameParts } from "../nlp/names/name-parts.js";
import type { EventMention, NameMention, PersonEntity } from "../text/doc.js";
import { differentKoreanNames, keepApart, mayBeMisspelling } from "./keep-apart.js";
import { koreanName } from "./resolution-keys.js";

const korean = (name: string) => koreanName(nameParts(name), lexicon())!;
const spanOf = (text: string, words: string, from = 0) => ({ start: text.indexOf(words, from), end: text.indexOf(words, from) + words.length });

test("Korean names a known syllable apart are different people; romanizations, misspellings and shorter forms are not evidence", () => {
  assert.ok(differentKoreanNames(korean("Kim Jong Il"), korean("Kim Pyong Il")));
  assert.ok(differentKoreanNames(korean("Kim Jong Un"), korean("Kim Jong Nam")));
  assert.ok(!differentKoreanNames(korean("Kim Jong Un"), korean("Kim Jong-eun")));
  assert.ok(!differentKoreanNames(korean("Kim Jong Un"), korean("Kim Jnog Un")));
  assert.ok(!differentKoreanNames(korean("Kim Jong Un"), korean("Kim Jong")));
  assert.ok(!differentKoreanNames(korean("Kim Jong Un"), korean("Pak Jong Un")), "another surname is for another rule");
});

test("a person joined with a name a syllable apart is two people; each event goes to the one its evidence names", () => {
  const text = "Kim Pyong Il, the ambassador, is the half-brother of Kim Jong Il. Kim Jong Il died in 2011. Kim Pyong Il returned home in 2019.";
  const mentions = [spanOf(text, "Kim Pyong Il"), spanOf(text, "Kim Jong Il"), spanOf(text, "Kim Jong Il", 60), spanOf(text, "Kim Pyong Il", 80)];
  const person: PersonEntity = { name: "Kim Pyong Il", aliases: ["Kim Jong Il"], mentions, titles: ["ambassador"] };
  const names: NameMention[] = mentions.map((m, i) => ({ ...m, kind: "person", entity: 0, sentence: 0, ...(i === 0 ? { title: "ambassador" } : {}) }));
  const kept = keepApart([person], names, text, lexicon());
  assert.deepEqual(kept.people.map((p) => [p.name, p.aliases, p.mentions.length, p.titles]), [["Kim Pyong Il", [], 2, ["ambassador"]], ["Kim Jong Il", [], 2, []]]);
  const death: EventMention = { type: "death", person: 0, evidence: spanOf(text, "Kim Jong Il died in 2011."), certainty: "confirmed" };
  const back: EventMention = { type: "repatriation", person: 0, evidence: spanOf(text, "Kim Pyong Il returned home in 2019."), certainty: "confirmed" };
  assert.deepEqual([kept.personOf(death, [death.evidence]), kept.personOf(back, [back.evidence])], [1, 0]);
});

test("a bare surname the text gives as someone's only name stays apart from a full name that comes later", () => {
  const text = "Officials found the man, identified only by his family name, Kim. The leader, Kim Jong Un, ordered a lockdown.";
  const mentions = [spanOf(text, "Kim."), spanOf(text, "Kim Jong Un")].map((m, i) => (i === 0 ? { start: m.start, end: m.start + 3 } : m));
  const person: PersonEntity = { name: "Kim Jong Un", aliases: ["Kim"], mentions, titles: [] };
  assert.deepEqual(keepApart([person], [], text, lexicon()).people.map((p) => p.name), ["Kim Jong Un", "Kim"]);
  const later = "Kim Jong Un ordered a lockdown. Kim spoke on television.";
  const same: PersonEntity = { name: "Kim Jong Un", aliases: ["Kim"], mentions: [spanOf(later, "Kim Jong Un"), { start: later.indexOf("Kim spoke"), end: later.indexOf("Kim spoke") + 3 }], titles: [] };
  assert.deepEqual(keepApart([same], [], later, lexicon()).people.map((p) => p.name), ["Kim Jong Un"], "a short form after the full name is the same person");
});

test("a similar name never bridges a known syllable: Kim Pyong Il is no misspelling of Kim Jong Il", () => {
  assert.ok(!mayBeMisspelling("Kim Pyong Il", "kimjongil", lexicon()));
  assert.ok(mayBeMisspelling("Kim Jong Eun", "kimjongun", lexicon()));
  assert.ok(mayBeMisspelling("Hwang Jang Yob", "hwangjangyop", lexicon()));
  assert.ok(mayBeMisspelling("Donald Tromp", "donaldtrump", lexicon()), "not Korean: the threshold decides");
});
