import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import { isLevel, LEVELS, levelRank, type Level } from "../../model/levels.js";
import type { Database } from "../../store/database.js";
import { stringList } from "../../store/json-list.js";
import { nameKey } from "../../store/names/name-key.js";
import { docPeopleOfDocument, docPeopleOfEvent, levelOfRow, personRowsWithNames } from "../../store/queries/protection-rows.js";
import { protectRows, setDocumentPartsLevel, setRowLevel, unprotectRows } from "../../store/writes/protection-writes.js";
import { reresolve, resolving } from "../resolution/resolving.js";

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
    const rows = await personRowsWithNames(trx, person);
    if (!rows.length) throw new DossierError("entity_not_found", `no person with id ${person}`);
    await protectRows(trx, rows.map((r) => r.id), fullNameKeys(rows), { level, pseudonym: label, by, at: now() });
    return rows.length;
  });
}

/**
 * The keys of a person's full names (two words or more: "Pyon Chol-ung",
 * not "Pyon"), under which the protection stays with the name: a mention
 * that joins the person later, or that a split takes away, is hidden too.
 * A surname alone is left out: it would hide everyone who bears it.
 */
function fullNameKeys(rows: { name: string; aliases: string }[]): string[] {
  const names = rows.flatMap((r) => [r.name, ...stringList(r.aliases)]).filter((n) => n.trim().split(/\s+/).length >= 2);
  return [...new Set(names.map(nameKey).filter(Boolean))];
}

/** Lifts a person's protection: everyone who may read their documents sees their names again. Returns how many rows were protected. */
export async function unprotectPerson(db: Kysely<Database>, person: number): Promise<number> {
  const rows = await personRowsWithNames(db, person);
  if (!rows.length) throw new DossierError("entity_not_found", `no person with id ${person}`);
  return db.transaction().execute((trx) => unprotectRows(trx, rows.map((r) => r.id), fullNameKeys(rows)));
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
  await resolving(db, async (trx) => {
    const was = await levelOfRow(trx, LEVELLED[kind], id);
    if (was === undefined) throw new DossierError("entity_not_found", `no ${kind} with id ${id}`);
    await setRowLevel(trx, LEVELLED[kind], id, level);
    if (kind === "event") await renameClusters(trx, { event: id });
    if (kind !== "document" || !isLevel(was) || was === level) return;
    const follow = levelRank(level) > levelRank(was) ? LEVELS.filter((l) => levelRank(l) < levelRank(level)) : [was];
    await setDocumentPartsLevel(trx, id, level, follow);
    await renameClusters(trx, { document: id });
  });
}

/**
 * A person or an event is named by its least secret row (resolve-people.ts
 * representatives): after a document's or an event's level changed, the
 * people and events it is part of are resolved again, so that none is
 * named by a row some of its readers may not see.
 */
async function renameClusters(trx: Kysely<Database>, of: { document: number } | { event: number }): Promise<void> {
  const people = "document" in of ? await docPeopleOfDocument(trx, of.document) : await docPeopleOfEvent(trx, of.event);
  if (people.length) await reresolve(trx, people);
}
