import { performance } from "node:perf_hooks";
import { createRng, type Rng } from "../prng.js";
import { PLACES, TITLES } from "../word-pools.js";
import { peopleList, personDetail, resolvePerson, searchKnowledgeBase, type PersonListEntry } from "../../src/services/reading/kb-queries.js";
import { withKnowledgeBase } from "../../src/services/reading/open-knowledge-base.js";
import { percentiles, type Percentiles } from "./percentiles.js";

export interface QueryFigures {
  people: number;
  /** The person with most sources, for the CLI calls. */
  example: { id: number; name: string };
  /** `dossier people`'s service, once: the list the queries are drawn from. */
  peopleListMs: number;
  show: Percentiles;
  /** The same calls split: by id, by name, and for names the lookup alone (name -> id, resolvePerson). */
  showById: Percentiles;
  showByName: Percentiles;
  nameLookup: Percentiles;
  search: Percentiles;
  /** The slowest queries, to look at. */
  slowest: { kind: string; query: string; ms: number }[];
  failures: { kind: string; query: string; message: string }[];
}

const SEARCH_WORDS = ["defected", "firing squad", "embassy", "asylum", "repatriated", "detained", "dismissed", "died of heart failure", "missing", "elected"];

/** 100 ids and 100 names or other spellings ("show 12", "show Ri Jong-su"). */
function showQueries(rng: Rng, people: PersonListEntry[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const p = rng.pick(people);
    if (i % 2 === 0) return String(p.id);
    return p.aliases.length && rng.chance(0.3) ? rng.pick(p.aliases) : p.name;
  });
}

/** Names (whole, surname and the start of a given name) and words of the text. */
function searchQueries(rng: Rng, people: PersonListEntry[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const name = rng.pick(people).name;
    if (i % 4 === 0) return name;
    if (i % 4 === 1) return name.slice(0, Math.max(4, name.length - 3)); // "Kim Jong-" : a prefix
    if (i % 4 === 2) return rng.pick(SEARCH_WORDS);
    return `${rng.pick(PLACES)} ${rng.pick(TITLES).split(" ").at(-1)}`;
  });
}

async function timeEach(kind: string, queries: string[], run: (q: string) => Promise<unknown>, figures: Pick<QueryFigures, "slowest" | "failures">): Promise<number[]> {
  const ms: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    try {
      await run(q);
    } catch (err) {
      figures.failures.push({ kind, query: q, message: (err as Error).message });
    }
    const took = performance.now() - start;
    ms.push(took);
    figures.slowest.push({ kind, query: q, ms: took });
  }
  return ms;
}

/**
 * Times the services `dossier show` and `dossier search` call, in this
 * process on one open knowledge base: the query alone, not node's start-up.
 * A few calls of each go first to warm the caches and are not counted.
 */
export async function measureQueries(db: string, count: number, seed: number): Promise<QueryFigures> {
  return withKnowledgeBase(db, async (store) => {
    const rng = createRng(seed);
    const start = performance.now();
    const people = await peopleList(store);
    const peopleListMs = performance.now() - start;
    if (!people.length) throw new Error(`no people in ${db}`);
    const figures = { slowest: [] as QueryFigures["slowest"], failures: [] as QueryFigures["failures"] };
    const shows = showQueries(rng, people, count);
    const searches = searchQueries(rng, people, count);
    for (const q of shows.slice(0, 5)) await personDetail(store, q).catch(() => undefined);
    for (const q of searches.slice(0, 5)) await searchKnowledgeBase(store, q);
    const show = await timeEach("show", shows, (q) => personDetail(store, q), figures);
    const search = await timeEach("search", searches, (q) => searchKnowledgeBase(store, q), figures);
    const byName = shows.filter((q) => !/^\d+$/.test(q));
    const lookup = await timeEach("lookup", byName, (q) => resolvePerson(store, q), { slowest: [], failures: [] });
    // The three slowest of each kind.
    figures.slowest = ["show", "search"].flatMap((kind) => figures.slowest.filter((s) => s.kind === kind).sort((a, b) => b.ms - a.ms).slice(0, 3));
    return {
      people: people.length, example: { id: people[0].id, name: people[0].name }, peopleListMs, show: percentiles(show), search: percentiles(search),
      showById: percentiles(show.filter((_, i) => /^\d+$/.test(shows[i]))), showByName: percentiles(show.filter((_, i) => !/^\d+$/.test(shows[i]))),
      nameLookup: percentiles(lookup), ...figures,
    };
  });
}
