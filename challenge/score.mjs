// Scores the event extractor on the challenge suite (challenge/*.yaml): used by
// src/nlp/events/challenge.test.ts and by `node scripts/challenge.mjs`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const fold = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every case of every file, with the file it came from. */
export function readCases(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().flatMap((file) =>
    parse(readFileSync(join(dir, file), 'utf8')).map((c) => ({ ...c, file, published: c.published ? String(c.published) : undefined })));
}

/** A predicted person matches a gold name when one of its names equals it, folded. */
function samePerson(pred, who) {
  const w = fold(who);
  return [pred.name, ...(pred.aliases ?? [])].some((n) => fold(n) === w);
}

/**
 * Runs `extract(text, published) -> {people, events: [{type, person, when}]}` on
 * every case. Returns totals (events and dated events: matched, predicted,
 * gold) and per-case misses and extras.
 */
export function scoreCases(cases, extract) {
  const totals = { events: [0, 0, 0], dated: [0, 0, 0], negatives: { cases: 0, clean: 0 } };
  const failures = [];
  for (const c of cases) {
    const out = extract(c.text, c.published);
    const predicted = out.events.filter((e) => e.person !== undefined).map((e) => ({ ...e, who: out.people[e.person] }));
    const gold = c.events ?? [];
    const used = new Set();
    const notes = [];
    let matched = 0, dated = 0;
    for (const g of gold) {
      const i = predicted.findIndex((p, k) => !used.has(k) && p.type === g.type && samePerson(p.who, g.who));
      if (i < 0) { notes.push(`MISS  ${g.type} ${g.who} ${g.when ?? 'null'}`); continue; }
      used.add(i);
      matched++;
      const when = predicted[i].when ?? null;
      const right = g.when == null ? when === null : when !== null && String(when).startsWith(String(g.when));
      if (right) dated++; else notes.push(`DATE  ${g.type} ${g.who}: gold ${g.when ?? 'null'}, got ${when ?? 'null'}`);
    }
    predicted.forEach((p, k) => { if (!used.has(k)) notes.push(`EXTRA ${p.type} ${p.who.name} ${p.when ?? 'null'}`); });
    totals.events[0] += matched; totals.events[1] += predicted.length; totals.events[2] += gold.length;
    totals.dated[0] += dated; totals.dated[1] += predicted.length; totals.dated[2] += gold.length;
    if (c.file === 'negatives.yaml') { totals.negatives.cases++; if (predicted.length === matched) totals.negatives.clean++; }
    if (notes.length) failures.push({ file: c.file, construction: c.construction, text: c.text, notes });
  }
  return { ...totals, failures, f1: f1(totals.events), datedF1: f1(totals.dated) };
}

export function f1([tp, predicted, gold]) {
  const p = predicted ? tp / predicted : 1, r = gold ? tp / gold : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
