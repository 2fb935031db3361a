import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanDate, datesAgree, earliestDate, lagDays, median, pickDate } from "./partial-date.js";

test("dates agree when one is a prefix of the other", () => {
  assert.ok(datesAgree("2019", "2019-09-04"));
  assert.ok(datesAgree("2019-09-04", "2019-09"));
  assert.ok(!datesAgree("2019-08", "2019-09-04"));
});

test("pickDate keeps the most precise of the agreeing dates", () => {
  assert.equal(pickDate(["2019", "2019-09-04", "2019-09"]), "2019-09-04");
  assert.equal(pickDate([null, null]), null);
});

test("pickDate gives sources that do not date the fact no say", () => {
  assert.equal(pickDate([null, "2019-08", null]), "2019-08");
});

test("pickDate follows the majority when sources disagree", () => {
  assert.equal(pickDate(["2018-03", "2019-09-04", "2019-09"]), "2019-09-04");
});

test("lag counts days from the first day of each period, only at month or day precision", () => {
  assert.equal(lagDays("2019-09-04", "2019-09-09"), 5);
  assert.equal(lagDays("2016-05", "2016-06-15"), 45);
  assert.equal(lagDays("2016", "2016-06-15"), null);
  assert.equal(lagDays("2016-05", "2017"), null);
  assert.equal(lagDays(null, "2017-01-01"), null);
});

test("earliestDate, cleanDate and median", () => {
  assert.equal(earliestDate(["2019-09-12", null, "2019-09-10"]), "2019-09-10");
  assert.equal(earliestDate([]), null);
  assert.equal(cleanDate("2019-09-04T10:00:00Z"), "2019-09-04");
  assert.equal(cleanDate("soon"), null);
  assert.equal(median([5, 45]), 25);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([]), null);
});
