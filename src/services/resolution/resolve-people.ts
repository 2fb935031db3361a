import type { Kysely } from "kysely";
import { lexicon } from "../../nlp/lexicon.js";
import { resolutionKeys } from "../../resolve/resolution-keys.js";
import type { PersonProfile } from "../../resolve/person-profile.js";
import { scorePair, sharedContext, surnameOnly } from "../../resolve/score-pair.js";
import { UnionFind } from "../../resolve/union-find.js";
import type { Database } from "../../store/database.js";
import {
  addJudgements, docPeopleInBlocks, documentLevelRanks, eventsOfDocPeople, judgementsTouching, openReviewItem, setPersonIds, type DocPersonRow,
} from "../../store/writes/resolution-writes.js";

export const RESOLVER = "resolver@1";

async function profilesOf(db: Kysely<Database>, rows: DocPersonRow[]): Promise<PersonProfile[]> {
  const lex = lexicon();
  const byPerson = new Map<number, Awaited<ReturnType<typeof eventsOfDocPeople>>>();
  for (const e of await eventsOfDocPeople(db, rows.map((r) => r.id))) byPerson.set(e.doc_person_id!, [...(byPerson.get(e.doc_person_id!) ?? []), e]);
  return rows.map((r) => {
    const own = byPerson.get(r.id) ?? [];
    return {
      id: r.id, documentId: r.document_id, name: r.name, key: resolutionKeys(r.name, lex), titles: JSON.parse(r.titles) as string[],
      keys: [r.name, ...(JSON.parse(r.aliases) as string[]).filter((a) => /\s/.test(a.trim()))].map((n) => resolutionKeys(n, lex)),
      countries: own.map((e) => e.place).filter((p): p is string => !!p), events: own.map((e) => `${e.type}|${(e.occurred ?? "").slice(0, 4)}`),
    };
  });
}

type NewJudgement = { left_id: number; right_id: number; verdict: "same" | "unsure"; by: string; why: string };

/** The judgement for one newcomer against the spellings already in its block (one representative each). */
function judgeOne(p: PersonProfile, reps: PersonProfile[], koreanSurname: boolean): NewJudgement | undefined {
  const others = reps.filter((o) => o.documentId !== p.documentId && o.id !== p.id);
  const link = (o: PersonProfile, verdict: "same" | "unsure", why: string): NewJudgement => ({ left_id: o.id, right_id: p.id, verdict, by: RESOLVER, why });
  const scored = others.map((o) => ({ o, m: scorePair(p, o) })).sort((a, b) => b.m.score - a.m.score);
  const best = scored.find((s) => s.m.verdict === "same");
  if (best) return link(best.o, "same", best.m.why);
  // a last name alone joins the one full name that has it only with shared context (post, country, event and year)
  const fulls = others.filter((o) => surnameOnly(p, o, koreanSurname));
  if (fulls.length === 1) {
    const context = sharedContext(p, fulls[0]);
    return context.length ? link(fulls[0], "same", `last name alone, one full name has it, ${context.join(", ")}`) : link(fulls[0], "unsure", "last name alone, one full name has it, no shared context");
  }
  if (p.key.kind === "single" && !koreanSurname) {
    const twin = others.find((o) => o.key.kind === "single" && o.key.full === p.key.full);
    if (twin) return link(twin, "same", "same single name");
  }
  const doubt = scored.find((s) => s.m.verdict === "unsure");
  return doubt ? link(doubt.o, "unsure", doubt.m.why) : undefined;
}

/**
 * Proposes judgements for the document persons not yet resolved: each is
 * linked to one earlier person of its block that it matches (so the log
 * grows with the documents, not with their pairs), comparing it with one
 * representative per spelling; doubtful matches become suggestions in the
 * review queue.
 */
async function judgeNewcomers(db: Kysely<Database>, profiles: PersonProfile[], fresh: Set<number>): Promise<void> {
  const lex = lexicon();
  const byBlock = new Map<string, PersonProfile[]>();
  for (const p of profiles) {
    for (const block of new Set(p.keys.map((k) => k.block))) {
      const list = byBlock.get(block);
      if (list) list.push(p); else byBlock.set(block, [p]);
    }
  }
  const out: NewJudgement[] = [];
  const judged = new Set<number>();
  const doubted = new Set<number>();
  for (const members of byBlock.values()) {
    // One representative per spelling key; a second one from another document for exact repeats.
    const reps = new Map<string, PersonProfile[]>();
    // People resolved before come first, whatever their ids: a newcomer stored with a lower id than a person another
    // worker resolved in the meantime (two workers at once) must still be compared with them.
    const ordered = [...members.filter((p) => !fresh.has(p.id)), ...members.filter((p) => fresh.has(p.id))];
    for (const p of ordered) {
      const list = reps.get(p.key.full) ?? [];
      if (fresh.has(p.id) && !judged.has(p.id)) {
        const j = judgeOne(p, [...reps.values()].flat(), lex.koreanSurnames.has(p.key.full));
        if (j && (j.verdict === "same" || !doubted.has(p.id))) {
          out.push(j);
          (j.verdict === "same" ? judged : doubted).add(p.id);
        }
      }
      if (list.length < 2 && !list.some((o) => o.documentId === p.documentId)) reps.set(p.key.full, [...list, p]);
    }
  }
  await addJudgements(db, out);
  const byId = new Map(profiles.map((p) => [p.id, p]));
  for (const j of out.filter((x) => x.verdict === "unsure")) {
    const [a, b] = [byId.get(j.left_id)!, byId.get(j.right_id)!];
    await openReviewItem(db, { kind: "merge", subject: `doc_person:${b.id}`, left_ref: `doc_person:${a.id}`, right_ref: `doc_person:${b.id}`, detail: `${a.name} / ${b.name}: ${j.why}` });
  }
}

/**
 * The people of the knowledge base from the judgement log: the latest
 * verdict on a pair counts, an analyst's before the resolver's; "same"
 * joins, "not_same" keeps apart (a join that would bring two such people
 * together is refused). A person's id is the smallest id among the members
 * of lowest `rank` (the level of their document: see representative), so
 * that it is a row every reader who sees the person sees.
 */
export function clusterFromJudgements(ids: number[], judgements: { id: number; left_id: number; right_id: number; verdict: string; by: string }[],
  rank: (id: number) => number = () => 0): Map<number, number> {
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
    const [big, small] = ma.length >= mb.length ? [ma, mb] : [mb, ma];
    for (const x of small) big.push(x);
    members.set(root, big);
  }
  return representatives(ids, (id) => uf.find(id), rank);
}

/**
 * Each id's cluster named by its representative: the member of lowest rank,
 * the smallest id among those. With ranks from document levels, a person
 * or event mentioned in a public document is named by a public row, never
 * by a confidential one that a viewer would see only as a smaller number
 * (issue 13: a merged person took the smallest member id, even a hidden
 * row's).
 */
export function representatives(ids: number[], clusterOf: (id: number) => number, rank: (id: number) => number): Map<number, number> {
  const best = new Map<number, number>();
  const better = (a: number, b: number) => rank(a) - rank(b) || a - b;
  for (const id of ids) {
    const c = clusterOf(id);
    const now = best.get(c);
    if (now === undefined || better(id, now) < 0) best.set(c, id);
  }
  return new Map(ids.map((id) => [id, best.get(clusterOf(id))!]));
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
  const levels = await documentLevelRanks(db, linked);
  const clusters = clusterFromJudgements(linked, await judgementsTouching(db, linked), (id) => levels.get(id) ?? 0);
  const changed = new Map<number, number>();
  const current = new Map(rows.map((r) => [r.id, r.person_id]));
  for (const [id, person] of clusters) if (current.get(id) !== person) changed.set(id, person);
  await setPersonIds(db, changed);
  return [...clusters.keys()];
}
