import type { Kysely } from "kysely";
import { DossierError } from "../errors.js";
import { isLevel, LEVELS, levelRank, type Level } from "../model/levels.js";
import type { Database } from "../store/database.js";
import { inClusters } from "../store/queries/cluster-members.js";

const now = (): string => new Date().toISOString();

/** The longest pseudonym accepted: a label, not a text. */
const PSEUDONYM_MAX = 80;

/**
 * "Seoul keeps senior defectors' identities secret": from now on, readers
 * cleared below `level` see this person as `pseudonym`, with no name, alias,
 * post or quote that names them. Every document row of the person is
 * protected, so the protection follows them through merges and splits (a
 * person is hidden when any of their rows is). Returns how many rows.
 */
export async function protectPerson(db: Kysely<Database>, person: number, level: Level, pseudonym: string, by: string): Promise<number> {
  const label = pseudonym.trim();
  if (!label || label.length > PSEUDONYM_MAX || /[\u0000-\u001f]/.test(label)) throw new DossierError("usage", `a pseudonym is 1 to ${PSEUDONYM_MAX} characters on one line`);
  if (level === "public") throw new DossierError("usage", "a protected identity needs the level restricted or confidential; public protects nothing");
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom("doc_people").select("id")
      .where((eb) => inClusters(eb, "person_id", "id", [person])).execute();
    if (!rows.length) throw new DossierError("entity_not_found", `no person with id ${person}`);
    await trx.deleteFrom("protections").where("doc_person_id", "in", rows.map((r) => r.id)).execute();
    const at = now();
    for (let i = 0; i < rows.length; i += 100) {
      await trx.insertInto("protections").values(rows.slice(i, i + 100).map((r) => ({ doc_person_id: r.id, level, pseudonym: label, by, at }))).execute();
    }
    return rows.length;
  });
}

/** Lifts a person's protection: everyone who may read their documents sees their names again. Returns how many rows were protected. */
export async function unprotectPerson(db: Kysely<Database>, person: number): Promise<number> {
  const rows = await db.selectFrom("doc_people").select("id")
    .where((eb) => inClusters(eb, "person_id", "id", [person])).execute();
  if (!rows.length) throw new DossierError("entity_not_found", `no person with id ${person}`);
  const result = await db.deleteFrom("protections").where("doc_person_id", "in", rows.map((r) => r.id)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** What a level can be set on, and the table it lives in. */
export const LEVELLED = { document: "documents", event: "doc_events", statement: "statements" } as const;
export type Levelled = keyof typeof LEVELLED;

/**
 * Sets the level of one document, one event (a document event row) or one
 * statement. A document's events and statements follow it: raised with it
 * (they cannot be less secret than the text they quote), lowered with it
 * when they were at its old level (one set higher on its own stays).
 */
export async function setLevel(db: Kysely<Database>, kind: Levelled, id: number, level: Level): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom(LEVELLED[kind]).select("level").where("id", "=", id).executeTakeFirst();
    if (!row) throw new DossierError("entity_not_found", `no ${kind} with id ${id}`);
    await trx.updateTable(LEVELLED[kind]).set({ level }).where("id", "=", id).execute();
    if (kind !== "document" || !isLevel(row.level) || row.level === level) return;
    const follow = levelRank(level) > levelRank(row.level) ? LEVELS.filter((l) => levelRank(l) < levelRank(level)) : [row.level];
    for (const table of ["doc_events", "statements"] as const) {
      await trx.updateTable(table).set({ level }).where("document_id", "=", id).where("level", "in", follow).execute();
    }
  });
}
