import type { Rng } from "../prng.js";

/** What the load picks from: person ids and names read from the server itself, and words from document titles. */
export interface RouteInputs { ids: number[]; names: string[]; words: string[] }

interface Page<T> { items: T[]; total: number }

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return (await res.json()) as T;
}

/** Pages at random offsets of a list route, `pages` of `limit` items each (the first call tells the total). */
async function sample<T>(base: string, path: string, rng: Rng, pages: number, limit = 500): Promise<T[]> {
  const sep = path.includes("?") ? "&" : "?";
  const first = await getJson<Page<T>>(`${base}${path}${sep}limit=1`);
  const items: T[] = [];
  for (let i = 0; i < pages && first.total > 0; i++) {
    const offset = rng.int(0, Math.max(0, first.total - limit));
    items.push(...(await getJson<Page<T>>(`${base}${path}${sep}limit=${limit}&offset=${offset}`)).items);
  }
  return items;
}

const WORD = /^[\p{L}][\p{L}'-]{3,}$/u;
const STOP = new Set(["with", "from", "that", "this", "after", "over", "says", "said", "report", "reports", "into", "amid"]);

/**
 * Ids and names of people anywhere in the list (sorted by name, so big and
 * small people alike: the default order puts the most documented first), and
 * the words of some document titles.
 */
export async function routeInputs(base: string, rng: Rng): Promise<RouteInputs> {
  const people = await sample<{ id: number; name: string }>(base, "/api/people?sort=name", rng, 3);
  const docs = await sample<{ title: string | null }>(base, "/api/documents", rng, 2);
  const words = [...new Set(docs.flatMap((d) => (d.title ?? "").split(/\s+/)).filter((w) => WORD.test(w) && !STOP.has(w.toLowerCase())))];
  if (!people.length) throw new Error("the knowledge base has no people");
  return { ids: [...new Set(people.map((p) => p.id))], names: [...new Set(people.map((p) => p.name))], words: words.length ? words : ["defected"] };
}

/** A search: a whole name, the start of a name ("Kim Jong-"), or a word of a title. */
export function searchText(rng: Rng, inputs: RouteInputs): string {
  const roll = rng.int(0, 2);
  const name = rng.pick(inputs.names);
  if (roll === 0) return name;
  if (roll === 1) return name.slice(0, Math.max(3, name.length - 3));
  return rng.pick(inputs.words);
}
