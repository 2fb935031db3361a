import { test } from "node:test";
import assert from "node:assert/strict";
import type { DateMention } from "../../text/doc.js";
import { joinRanges } from "./join-ranges.js";

/** Marks every four-digit year in `text` as a date, the way the year family would. */
function years(text: string): DateMention[] {
  return [...text.matchAll(/\d{4}/g)].map((m) => ({ start: m.index!, end: m.index! + 4, value: m[0], relative: false }));
}
const joined = (text: string) => joinRanges(text, years(text)).map((d) => [text.slice(d.start, d.end), d.value, d.until]);

test("'from … to …' is a range", () => {
  assert.deepEqual(joined("ruled from 1996 to 2001."), [["from 1996 to 2001", "1996", "2001"]]);
});

test("'between … and …' is a range", () => {
  assert.deepEqual(joined("between 2009 and 2017"), [["between 2009 and 2017", "2009", "2017"]]);
});

test("'… and …' without 'between' is two dates", () => {
  assert.deepEqual(joined("in 2000 and 2004"), [["2000", "2000", undefined], ["2004", "2004", undefined]]);
});

test("a range runs forward only", () => {
  assert.deepEqual(joined("from 2019 to 2016"), [["2019", "2019", undefined], ["2016", "2016", undefined]]);
});
