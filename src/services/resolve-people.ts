import type { Kysely } from "kysely";
import { lexicon } from "../nlp/lexicon.js";
import { nameKey } from "../resolve/name-key.js";
import type { PersonProfile } from "../resolve/person-profile.js";
import { scorePair, surnameOnly } from "../resolve/score-pair.js";
import { UnionFind } from "../resolve/union-find.js";
import type { Database } from "../store/database.js";
import {
  addJudgement, docPeopleInBlocks, eventsOfDocPeople, judgementsTouching, openReviewItem, setPersonIds, type DocPersonRow,
} from "../store/writes/resolution-writes.js";

export const RESOLVER = "resolver@1";

async function profilesOf(db: Kysely<Database>, rows: DocPersonRow[]): Promise<PersonProfile[]> {
  const lex = lexicon();
  const events = await eventsOfDocPeople(db, rows.map((r) => r.id));
  return rows.map((r) => {
    const own = events.filter((e) => e.doc_person_id === r.id);
    return {
      id: r.id, documentId: r.document_id, name: r.name, key: nameKey(r.name, lex), titles: JSON.parse(r.titles) as string[],
      countries: own.map((e) => e.place).filter((p): p is string => !!p), events: own.map((e) => `${e.type}|${(e.occurred ?? "").slice(0, 4)}`),
    };
  });
}

/**
 * Proposes judgements for the document persons not yet resolved: each is
 * linked to one earlier person of its block that it matches (so the log
 * grows with the documents, not with their pairs); doubtful matches become
 * suggestions in the review queue.
 */
async function judgeNewcomers(db: Kysely<Database>, profiles: PersonProfile[], fresh: Set<number>): Promise<void> {
  const lex = lexicon();
  const byBlock = new Map<string, PersonProfile[]>();
  for (const p of profiles) byBlock.set(p.key.block, [...(byBlock.get(p.key.block) ?? []), p]);
  for (const members of byBlock.values()) {
    for (const p of members.filter((m) => fresh.has(m.id))) {
      const others = members.filter((o) => o.documentId !== p.documentId && o.id !== p.id && (!fresh.has(o.id) || o.id < p.id));
      const scored = others.map((o) => ({ o, m: scorePair(p, o) })).sort((a, b) => b.m.score - a.m.score);
      const best = scored.find((s) => s.m.verdict === "same");
      if (best) { await addJudgement(db, { left_id: best.o.id, right_id: p.id, verdict: "same", by: RESOLVER, why: best.m.why }); continue; }
      const fullNames = new Set(others.filter((o) => surnameOnly(p, o, lex.koreanSurnames.has(p.key.full))).map((o) => o.key.full));
      const single = others.find((o) => surnameOnly(p, o, lex.koreanSurnames.has(p.key.full)));
      if (fullNames.size === 1 && single) { await addJudgement(db, { left_id: single.id, right_id: p.id, verdict: "same", by: RESOLVER, why: "last name alone, one full name has it" }); continue; }
      const sameSingle = p.key.kind === "single" && !lex.koreanSurnames.has(p.key.full) ? others.find((o) => o.key.kind === "single" && o.key.full === p.key.full) : undefined;
      if (sameSingle) { await addJudgement(db, { left_id: sameSingle.id, right_id: p.id, verdict: "same", by: RESOLVER, why: "same single name" }); continue; }
      const doubt = scored.find((s) => s.m.verdict === "unsure");
      if (doubt) {
        await addJudgement(db, { left_id: doubt.o.id, right_id: p.id, verdict: "unsure", by: RESOLVER, why: doubt.m.why });
        await openReviewItem(db, { kind: "merge", subject: `doc_person:${p.id}`, left_ref: `doc_person:${doubt.o.id}`, right_ref: `doc_person:${p.id}`, detail: `${doubt.o.name} / ${p.name}: ${doubt.m.why}` });
      }
    }
  }
}

/**
 * The people of the knowledge base from the judgement log: the latest
 * verdict on a pair counts, an analyst's before the resolver's; "same"
 * joins, "not_same" keeps apart (a join that would bring two such people
 * together is refused). A person's id is the smallest document-person id.
 */
export function clusterFromJudgements(ids: number[], judgements: { id: number; left_id: number; right_id: number; verdict: string; by: string }[]): Map<number, number> {
  const latest = new Map<string, (typeof judgements)[number]>();
  for (const j of judgements) {
    const k = j.left_id < j.right_id ? `${j.left_id}|${j.right_id}` : `${j.right_id}|${j.left_id}`;
    const prev = latest.get(k);
    const human = (x: { by: string }) => x.by !== RESOLVER;
    if (!prev || human(j) || !human(prev)) latest.set(k, j);
  }
  const apart = new Map<number, Set<number>>();
  for (const j of latest.values()) if (j.verdict === "not_same") {
    apart.set(j.left_id, (apart.get(j.left_id) ?? new Set()).add(j.right_id));
    apart.set(j.right_id, (apart.get(j.right_id) ?? new Set()).add(j.left_id));
  }
  const uf = new UnionFind();
  const members = new Map<number, number[]>(ids.map((id) => [id, [id]]));
  const ordered = [...latest.values()].filter((j) => j.verdict === "same").sort((a, b) => Number(a.by === RESOLVER) - Number(b.by === RESOLVER) || a.id - b.id);
  for (const j of ordered) {
    const [ra, rb] = [uf.find(j.left_id), uf.find(j.right_id)];
    if (ra === rb) continue;
    const [ma, mb] = [members.get(ra) ?? [ra], members.get(rb) ?? [rb]];
    if (ma.some((x) => mb.some((y) => apart.get(x)?.has(y)))) continue;
    const root = uf.union(ra, rb);
    members.set(root, [...ma, ...mb]);
  }
  return new Map(ids.map((id) => [id, uf.find(id)]));
}

/** Resolves the people of the given blocks (all when omitted); returns the document persons whose person may have changed. */
export async function resolvePeople(db: Kysely<Database>, blocks?: string[]): Promise<number[]> {
  const rows = await docPeopleInBlocks(db, blocks);
  const fresh = new Set(rows.filter((r) => r.person_id === null).map((r) => r.id));
  const profiles = await profilesOf(db, rows);
  await judgeNewcomers(db, profiles, fresh);
  const ids = rows.map((r) => r.id);
  const judgements = await judgementsTouching(db, ids);
  const linked = [...new Set([...ids, ...judgements.flatMap((j) => [j.left_id, j.right_id])])];
  const clusters = clusterFromJudgements(linked, await judgementsTouching(db, linked));
  const changed = new Map<number, number>();
  const current = new Map(rows.map((r) => [r.id, r.person_id]));
  for (const [id, person] of clusters) if (current.get(id) !== person) changed.set(id, person);
  await setPersonIds(db, changed);
  return [...clusters.keys()];
}
