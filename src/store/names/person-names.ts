import type { Kysely, Transaction } from "kysely";
import type { Database } from "../database.js";
import { stringList } from "../json-list.js";
import { nameKey } from "./name-key.js";
import { nameTrigrams } from "./name-similarity.js";

type Db = Kysely<Database> | Transaction<Database>;

/** A document person as doc_people holds it: aliases are a JSON array (read leniently: "not json" files no alias). */
export interface NamedDocPerson { id: number; name: string; aliases: string }

/**
 * Files every name and alias of these document persons under its nameKey in
 * doc_person_names, so that "show Pak Chol-min" is one indexed lookup
 * (deleting a doc_people row deletes its keys by cascade), and each key not
 * seen before in name_keys, so that "show Pak Chol-mun" finds it by
 * trigrams. Every writer of doc_people calls it, on SQLite and PostgreSQL alike.
 */
export async function fileNames(db: Db, people: NamedDocPerson[]): Promise<void> {
  const rows = people.flatMap((p) => [...new Set([p.name, ...stringList(p.aliases)].map(nameKey))].filter(Boolean).map((key) => ({ key, doc_person_id: p.id })));
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto("doc_person_names").values(rows.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
  }
  await fileNameKeys(db, rows.map((r) => r.key));
}

/** Files keys in name_keys with their number of trigrams, those already there left as they are. */
export async function fileNameKeys(db: Kysely<any>, keys: string[]): Promise<void> {
  const rows = [...new Set(keys)].map((key) => ({ key, trigrams: nameTrigrams(key).length }));
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto("name_keys").values(rows.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
  }
}

/** Files these document persons' names again after their name or aliases changed. */
export async function refileNames(db: Db, people: NamedDocPerson[]): Promise<void> {
  const ids = people.map((p) => p.id);
  for (let i = 0; i < ids.length; i += 500) await db.deleteFrom("doc_person_names").where("doc_person_id", "in", ids.slice(i, i + 500)).execute();
  await fileNames(db, people);
}
