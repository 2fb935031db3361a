import type { Kysely } from "kysely";
import type { Database } from "../database.js";
import { dialectOf } from "../dialects/dialect-of.js";

interface Entry { version: string; value: Promise<unknown> }

const views = new WeakMap<Kysely<Database>, Map<string, Entry>>();

/**
 * A view of the whole knowledge base (every event summarised, every person's
 * name), built once and kept with the open database until the data changes:
 * the home page, the timeline and the lists then cost a lookup instead of a
 * pass over every row. The data version is read on every call (one cheap
 * statement), so a write by this process or another, an ingest or a merge,
 * is seen by the next read. Concurrent callers share one build.
 */
export async function cachedView<T>(db: Kysely<Database>, name: string, build: () => Promise<T>): Promise<T> {
  const version = await dialectOf(db).dataVersion(db);
  let entries = views.get(db);
  if (!entries) views.set(db, (entries = new Map()));
  const hit = entries.get(name);
  if (hit?.version === version) return hit.value as Promise<T>;
  const value = build();
  const entry = { version, value };
  entries.set(name, entry);
  value.catch(() => entries.get(name) === entry && entries.delete(name));
  return value;
}

/** The view `name` when it is built (or being built) for the current data, else undefined: for a reader that has a cheaper way without it. */
export async function builtView<T>(db: Kysely<Database>, name: string): Promise<T | undefined> {
  const version = await dialectOf(db).dataVersion(db);
  const hit = views.get(db)?.get(name);
  return hit?.version === version ? (hit.value as Promise<T>) : undefined;
}
