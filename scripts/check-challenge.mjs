#!/usr/bin/env node
// Validates the challenge suite in challenge/*.yaml (see challenge/README.md)
// and prints its coverage: cases per event type x construction, negatives per
// tag, and the share of Korean and non-Korean names.
//
//   node scripts/check-challenge.mjs [challenge-dir]
//
// Exits 1 (after listing every problem) when a case is malformed or a
// coverage floor is not met.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.argv[2] ?? join(root, "challenge");

export const TYPES = [
  "defection", "execution", "detention", "dismissal", "appointment",
  "election", "death", "disappearance", "repatriation",
];
export const CONSTRUCTIONS = [
  "active", "active-subject", "passive-agentless", "passive-agent", "get-passive",
  "light-verb", "idiom", "nominal-possessive", "nominal-of", "nominal-pronoun",
  "adjectival", "coordination-people", "coordination-verbs", "list",
  "relative-clause", "participial", "apposition", "pronoun-forward",
  "pronoun-backward", "headline", "historical",
];
export const NEGATIVE_TAGS = [
  "negation", "denial", "modal", "conditional", "question", "resignation",
  "release", "lost-election", "other-sense", "rumour", "unnamed",
];
export const ORIGINS = [
  "korean", "chinese", "japanese", "arabic", "persian", "russian", "ukrainian",
  "turkish", "african", "latin", "european", "other",
];
const KEYS = new Set(["text", "published", "construction", "events", "names", "date_kind", "note"]);
const EVENT_KEYS = new Set(["type", "who", "when"]);
const TITLES = /^(Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Rev|Sen|Rep|Gov|President|Premier|Minister|General|Marshal|Sheikh|Judge|Captain|Colonel|Major|Lieutenant|Ambassador|Governor|Senator|Mayor|Chairman)\.?\s/;

// Floors the suite must meet.
const MIN_PER_TYPE = 35;
const MIN_POSITIVES = 320;
const MIN_NEGATIVES = 110;
const MIN_DATES = 35;
const MIN_SHARE = 0.2;
// Every type file needs one case of each group (any member of the group).
const REQUIRED = [
  ["active", "active-subject"],
  ["passive-agentless"],
  ["nominal-of", "nominal-possessive"],
  ["coordination-people"],
  ["list"],
  ["relative-clause"],
  ["participial"],
  ["apposition"],
  ["pronoun-forward", "pronoun-backward"],
  ["historical"],
];
// Types whose verbs have no passive ("was defected", "was vanished" are not English news style).
const NO_PASSIVE = new Set(["defection", "disappearance"]);

const problems = [];
const warnings = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

function validDate(s) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo !== undefined && (+mo < 1 || +mo > 12)) return false;
  if (d !== undefined) {
    const dt = new Date(Date.UTC(+y, +mo - 1, +d));
    if (dt.getUTCMonth() !== +mo - 1 || dt.getUTCDate() !== +d) return false;
  }
  return true;
}

/** Loads one YAML file; returns its cases with file and index attached. */
function load(file) {
  let doc;
  try {
    doc = YAML.parse(readFileSync(file, "utf8"));
  } catch (e) {
    fail(basename(file), `YAML does not parse: ${e.message}`);
    return [];
  }
  if (!Array.isArray(doc)) {
    fail(basename(file), "must be a YAML list of cases");
    return [];
  }
  return doc.map((c, i) => ({ ...c, _file: basename(file, ".yaml"), _where: `${basename(file)}#${i + 1}` }));
}

function checkCase(c) {
  const w = c._where;
  for (const k of Object.keys(c)) if (!k.startsWith("_") && !KEYS.has(k)) fail(w, `unknown key '${k}'`);
  if (typeof c.text !== "string" || c.text.trim() === "") fail(w, "text missing or not a string");
  if (typeof c.published !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(c.published) || !validDate(c.published))
    fail(w, `published must be an ISO date YYYY-MM-DD, got ${JSON.stringify(c.published)}`);
  if (!Array.isArray(c.events)) {
    fail(w, "events missing or not a list");
    return;
  }
  const negative = c._file === "negatives";
  const tags = negative ? NEGATIVE_TAGS : CONSTRUCTIONS;
  if (!tags.includes(c.construction))
    fail(w, `construction '${c.construction}' is not one of the ${negative ? "negative tags" : "constructions"}`);
  if (c.names !== undefined && !ORIGINS.includes(c.names)) fail(w, `names '${c.names}' is not one of ${ORIGINS.join(", ")}`);
  if (!negative && c.events.length > 0 && c.names === undefined) fail(w, "positive case without a names: origin");
  if (c.date_kind !== undefined && typeof c.date_kind !== "string") fail(w, "date_kind must be a string");
  const seen = new Set();
  for (const [j, e] of c.events.entries()) {
    const ew = `${w} event ${j + 1}`;
    if (e === null || typeof e !== "object") {
      fail(ew, "not a mapping");
      continue;
    }
    for (const k of Object.keys(e)) if (!EVENT_KEYS.has(k)) fail(ew, `unknown key '${k}'`);
    if (!TYPES.includes(e.type)) fail(ew, `type '${e.type}' is not one of the nine`);
    if (typeof e.who !== "string" || e.who.trim() === "") fail(ew, "who missing");
    else {
      if (typeof c.text === "string" && !c.text.includes(e.who)) fail(ew, `who '${e.who}' does not occur literally in text`);
      if (TITLES.test(e.who)) fail(ew, `who '${e.who}' starts with a title`);
    }
    if (!("when" in e)) fail(ew, "when missing (write when: null for an undated event)");
    else if (e.when !== null) {
      if (typeof e.when !== "string") fail(ew, `when must be null or a quoted string, got ${JSON.stringify(e.when)} (quote bare years: "2019")`);
      else if (!validDate(e.when)) fail(ew, `when '${e.when}' is not YYYY, YYYY-MM or YYYY-MM-DD`);
      else if (typeof c.published === "string" && e.when > c.published && !c.published.startsWith(e.when))
        fail(ew, `when ${e.when} is after published ${c.published}`);
      else if (e.when === c.published && !/\b(today|this morning|tonight)\b/i.test(c.text ?? "")) warnings.push(`${ew}: when equals published (${e.when}); make sure the text dates it`);
    }
    const key = `${e.type}|${e.who}`;
    if (seen.has(key)) fail(ew, `duplicate event ${key}`);
    seen.add(key);
  }
  if (TYPES.includes(c._file) && !c.events.some((e) => e.type === c._file))
    fail(w, `a case in ${c._file}.yaml must have at least one ${c._file} event`);
  if (c._file === "dates" && c.events.length === 0) fail(w, "a dates case must have at least one event");
}

if (!existsSync(dir)) {
  console.error(`no challenge directory at ${dir}`);
  process.exit(1);
}
const expected = [...TYPES, "negatives", "dates"];
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
for (const name of expected) if (!files.includes(`${name}.yaml`)) fail(`${name}.yaml`, "missing");
for (const f of files) if (!expected.includes(basename(f, ".yaml"))) fail(f, "unexpected file (expected one per type, negatives, dates)");

const cases = files.flatMap((f) => load(join(dir, f)));
for (const c of cases) checkCase(c);

const texts = new Map();
for (const c of cases) {
  if (typeof c.text !== "string") continue;
  const t = c.text.trim();
  if (texts.has(t)) fail(c._where, `same text as ${texts.get(t)}`);
  else texts.set(t, c._where);
}

// ---- coverage ----
const positives = cases.filter((c) => TYPES.includes(c._file));
const negatives = cases.filter((c) => c._file === "negatives");
const dates = cases.filter((c) => c._file === "dates");

const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);
const short = (t) => t.slice(0, 6);

console.log("Cases per construction (rows) and type file (columns):\n");
console.log(pad("", 20) + TYPES.map((t) => padl(short(t), 7)).join("") + padl("all", 7));
for (const k of CONSTRUCTIONS) {
  const row = TYPES.map((t) => positives.filter((c) => c._file === t && c.construction === k).length);
  const cells = row.map((n) => padl(n || ".", 7)).join("");
  console.log(pad(k, 20) + cells + padl(row.reduce((a, b) => a + b, 0), 7));
}
const totals = TYPES.map((t) => positives.filter((c) => c._file === t).length);
console.log(pad("total", 20) + totals.map((n) => padl(n, 7)).join("") + padl(positives.length, 7));

const eventCounts = TYPES.map((t) => cases.filter((c) => c._file !== "negatives").flatMap((c) => c.events).filter((e) => e?.type === t).length);
console.log(pad("events (all files)", 20) + eventCounts.map((n) => padl(n, 7)).join("") + padl(eventCounts.reduce((a, b) => a + b, 0), 7));

console.log("\nNegatives per tag:");
for (const t of NEGATIVE_TAGS) console.log(`  ${pad(t, 15)}${padl(negatives.filter((c) => c.construction === t).length, 4)}`);
const negWithEvents = negatives.filter((c) => c.events.length > 0).length;
console.log(`  ${pad("total", 15)}${padl(negatives.length, 4)}  (${negWithEvents} keep some real events)`);

console.log(`\ndates.yaml: ${dates.length} cases`);
const kinds = {};
for (const c of dates) if (c.date_kind) kinds[c.date_kind] = (kinds[c.date_kind] ?? 0) + 1;
for (const [k, n] of Object.entries(kinds).sort()) console.log(`  ${pad(k, 22)}${padl(n, 4)}`);
const whenKinds = { null: 0, year: 0, month: 0, day: 0 };
for (const e of cases.filter((c) => c._file !== "negatives").flatMap((c) => c.events)) {
  if (e?.when === null) whenKinds.null++;
  else if (typeof e?.when === "string") whenKinds[e.when.length === 4 ? "year" : e.when.length === 7 ? "month" : "day"]++;
}
console.log(`  when precision over all positive events: ${Object.entries(whenKinds).map(([k, n]) => `${k} ${n}`).join(", ")}`);

const withOrigin = [...positives, ...dates].filter((c) => c.names);
const korean = withOrigin.filter((c) => c.names === "korean").length;
const share = (n) => (withOrigin.length ? n / withOrigin.length : 0);
console.log(`\nNames (positives and dates, ${withOrigin.length} cases): Korean ${korean} (${(share(korean) * 100).toFixed(1)}%), non-Korean ${withOrigin.length - korean} (${(share(withOrigin.length - korean) * 100).toFixed(1)}%)`);
const byOrigin = {};
for (const c of withOrigin) byOrigin[c.names] = (byOrigin[c.names] ?? 0) + 1;
console.log("  " + Object.entries(byOrigin).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", "));

// ---- floors ----
for (const [i, t] of TYPES.entries()) {
  if (totals[i] < MIN_PER_TYPE) fail(`${t}.yaml`, `${totals[i]} cases, fewer than ${MIN_PER_TYPE}`);
  const have = new Set(positives.filter((c) => c._file === t).map((c) => c.construction));
  for (const group of REQUIRED) {
    if (group[0] === "passive-agentless" && NO_PASSIVE.has(t)) continue;
    if (!group.some((k) => have.has(k))) fail(`${t}.yaml`, `no case of ${group.join(" or ")}`);
  }
}
if (positives.length < MIN_POSITIVES) fail("suite", `${positives.length} positive cases, fewer than ${MIN_POSITIVES}`);
if (negatives.length < MIN_NEGATIVES) fail("suite", `${negatives.length} negatives, fewer than ${MIN_NEGATIVES}`);
if (dates.length < MIN_DATES) fail("suite", `${dates.length} dates cases, fewer than ${MIN_DATES}`);
if (share(korean) < MIN_SHARE) fail("suite", `Korean share ${(share(korean) * 100).toFixed(1)}% below ${MIN_SHARE * 100}%`);
if (share(withOrigin.length - korean) < MIN_SHARE) fail("suite", `non-Korean share below ${MIN_SHARE * 100}%`);

if (warnings.length) {
  console.log(`\n${warnings.length} warning(s):`);
  for (const w of warnings) console.log("  " + w);
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error("  " + p);
  process.exit(1);
}
console.log(`\nOK: ${cases.length} cases (${positives.length} positive, ${negatives.length} negative, ${dates.length} dates)`);
