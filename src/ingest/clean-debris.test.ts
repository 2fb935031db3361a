import { test } from "node:test";
import assert from "node:assert/strict";
import { SegmentMap, type OffsetMap } from "../text/offset-map.js";
import { cleanDebris } from "./clean-debris.js";

/** Every copied character maps to the same character of the raw text; letters are always copied. */
function assertMapped(raw: string, text: string, offsets: OffsetMap): void {
  assert.ok(offsets instanceof SegmentMap || text === raw);
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const at: number = offsets.toRaw(i);
    assert.ok(at >= last, `offsets go backwards at ${i}`);
    last = at;
    const copied = offsets instanceof SegmentMap ? offsets.isCopied(i) : true;
    if (copied) assert.equal(raw[at], text[i], `character ${i} of ${JSON.stringify(text)}`);
    if (/\p{L}/u.test(text[i])) assert.ok(copied, `letter ${text[i]} at ${i} was not copied`);
  }
}

const clean = (raw: string): string => {
  const { text, offsets } = cleanDebris(raw);
  assertMapped(raw, text, offsets);
  return text;
};

test("stray &nbsp with or without a comma becomes one space", () => {
  assert.equal(
    clean("Pyongyang has &nbsp, diplomatic missions&nbsp, in 46 countries&nbsp;and&nbspmore."),
    "Pyongyang has diplomatic missions in 46 countries and more.",
  );
});

test("detached contractions are joined", () => {
  assert.equal(clean("He does n't know. She has n’t said. They ca n't go."), "He doesn't know. She hasn’t said. They can't go.");
  assert.equal(clean("The team 's coach said they 're ready."), "The team's coach said they're ready.");
});

test("spaces inside parentheses go", () => {
  assert.equal(clean("the agency ( UN) and ( acting ambassador ) and (KEI )"), "the agency (UN) and (acting ambassador) and (KEI)");
});

test("entities are decoded", () => {
  const { text, offsets } = cleanDebris("AT&amp;T said &quot;no&quot; &#8217;til 5 &lt; 6 &bogus;");
  assert.equal(text, 'AT&T said "no" ’til 5 < 6 &bogus;');
  assert.equal(offsets.toRaw(text.indexOf("said")), "AT&amp;T ".length);
});

test("an opening quote glued to the comma is moved", () => {
  assert.equal(clean("Kim said,” For days, nobody ate”."), "Kim said, “For days, nobody ate”.");
  assert.equal(clean("“He was tired,” Jeong told reporters."), "“He was tired,” Jeong told reporters.");
});

test("chrome lines are removed, article lines kept", () => {
  const raw = [
    "Skip to content",
    "Envoy defects",
    "",
    "Share this:",
    "Facebook Twitter WhatsApp",
    "The envoy, Jan Kowal, left on Tuesday.",
    "Advertisement",
    "Read more: Coach Tomasz Nowak sacked after cup defeat",
    "Subscribers to the service complained.",
    "Subscribe to our newsletter",
    "Exit mobile version",
  ].join("\r\n");
  assert.equal(
    clean(raw),
    "Envoy defects\n\nThe envoy, Jan Kowal, left on Tuesday.\nSubscribers to the service complained.",
  );
});

test("spaces collapse, blank lines shrink, ends are trimmed", () => {
  assert.equal(clean("  One   two\u00a0 three \n\n\n\n  Four\t five  \n"), "One two three\n\nFour five");
});

test("text without debris keeps the identity map", () => {
  const { text, offsets } = cleanDebris("Thae Yong Ho defected.");
  assert.equal(text, "Thae Yong Ho defected.");
  assert.equal(offsets.toRaw(5), 5);
});

test("a long scraped paragraph keeps every letter where it was", () => {
  const raw =
    "Thae&nbsp, expressed concern&nbsp, about it:” For diplomats, to reveal ( news ) is hard. The government does n’t either.\r\n\r\n\r\n" +
    "Share this:\r\nFacebook Twitter\r\nIn 2020, he was &nbsp, elected&nbsp, to the Assembly (KEI ).";
  const text = clean(raw);
  assert.equal(
    text,
    "Thae expressed concern about it: “For diplomats, to reveal (news) is hard. The government doesn’t either.\n\n" +
      "In 2020, he was elected to the Assembly (KEI).",
  );
});
