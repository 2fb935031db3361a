import type { Kysely } from "kysely";
import { DossierError } from "../../errors.js";
import { normalizeDate } from "../../ingest/normalize-date.js";
import { correctable } from "../../model/properties.js";
import { eventTypes } from "../../model/schema.js";
import type { Database, FactJudgementsTable } from "../../store/database.js";
import { eventRowsAnchored, personRowAnchored, statementAnchored, type Anchored } from "../../store/facts/fact-anchors.js";
import { appendFactJudgement, factJudgement, lastUndoableFactJudgement } from "../../store/facts/fact-judgement-log.js";
import { docEventDate, eventOfDocEvent } from "../../store/queries/cluster-of.js";
import { contradiction, eventPeopleOfDocuments } from "../../store/queries/resolution-rows.js";
import { setReviewItemStatus } from "../../store/writes/resolution-writes.js";
import { personByName } from "../reading/kb-queries.js";
import { resolving } from "./resolving.js";
import { rebuildFacts } from "./rebuild-facts.js";
import { resolveEvents } from "./resolve-events.js";

/** Who judges, and why. */
export interface FactJudge { by: string; why?: string }

/** What a fact judgement did: its id, and the knowledge-base event it leaves (ids follow the smallest row of a cluster). */
export interface Judged { id: number; event?: number }

type Action = FactJudgementsTable["action"];

/**
 * Appends a judgement about facts and derives what it changes, in one
 * transaction under the resolution lock: the rows of the documents it
 * applies to (rebuildFacts), then the events of the people involved (a new
 * type, person or date can join or part events).
 */
async function judgeFacts(db: Kysely<Database>, what: { action: Action; target: string; prop?: string; value?: string | null; undoes?: number },
  at: Anchored, judge: FactJudge, alsoPeople: number[] = [], alsoWrite?: (trx: Kysely<Database>) => Promise<unknown>): Promise<number> {
  if (!at.anchors.length) throw new DossierError("entity_not_found", `no ${what.target.replace(":", " ")}`);
  return resolving(db, async (trx) => {
    const id = await appendFactJudgement(trx, {
      action: what.action, target: what.target, prop: what.prop ?? null, value: what.value ?? null, anchors: JSON.stringify(at.anchors),
      by: judge.by, why: judge.why ?? null, undoes: what.undoes ?? null,
    });
    await alsoWrite?.(trx);
    await rebuildFacts(trx, at.documents);
    await resolveEvents(trx, [...at.docPeople, ...alsoPeople]);
    return id;
  });
}

/** The event an anchored row now belongs to (its cluster may have changed). */
async function eventNow(db: Kysely<Database>, rowOf: Anchored, eventId: number): Promise<number | undefined> {
  return (await eventOfDocEvent(db, eventId)) ?? (rowOf.anchors.length ? eventId : undefined);
}

/** Accepts or rejects a knowledge-base event: every source's account of it. A rejected event is read nowhere; undo brings it back. */
export async function reviewEvent(db: Kysely<Database>, eventId: number, verdict: "accept" | "reject", judge: FactJudge): Promise<Judged> {
  const at = await eventRowsAnchored(db, eventId);
  return { id: await judgeFacts(db, { action: verdict, target: `event:${eventId}` }, at, judge), event: eventId };
}

/** Accepts or rejects one statement (an alias, a post, a date…): a rejected one no longer counts for its row. */
export async function reviewStatement(db: Kysely<Database>, statementId: number, verdict: "accept" | "reject", judge: FactJudge): Promise<Judged> {
  const at = await statementAnchored(db, statementId);
  if (!at) throw new DossierError("entity_not_found", `no statement ${statementId}`);
  return { id: await judgeFacts(db, { action: verdict, target: `statement:${statementId}` }, at, judge) };
}

/** A value an analyst gives a property, checked and written as the store keeps it. */
async function checkedValue(db: Kysely<Database>, prop: string, value: string): Promise<{ value: string; person?: number }> {
  const v = value.trim();
  if (!v || v.length > 200) throw new DossierError("usage", `a ${prop} needs a value of 1 to 200 characters`);
  if (prop === "occurred") {
    const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v) ? normalizeDate(v) : undefined;
    if (!date) throw new DossierError("invalid_date", `"${v}" is not a date: YYYY, YYYY-MM or YYYY-MM-DD (its precision)`);
    return { value: date };
  }
  if (prop === "type") {
    const types = [...eventTypes().keys()];
    if (!types.includes(v.toLowerCase())) throw new DossierError("usage", `unknown event type "${v}"; valid: ${types.join(", ")}`);
    return { value: v.toLowerCase() };
  }
  if (prop === "person") {
    const person = await personByName(db, v);
    if (person === undefined) throw new DossierError("entity_not_found", `no person named "${v}" (see dossier people)`);
    return { value: `doc_person:${person}`, person };
  }
  return { value: v };
}

/** Sets a property of a knowledge-base event (occurred, type, person, place) over what its sources say. */
export async function correctEvent(db: Kysely<Database>, eventId: number, prop: string, value: string, judge: FactJudge): Promise<Judged> {
  const props = correctable("event").map((p) => p.name);
  if (!props.includes(prop)) throw new DossierError("usage", `an event's ${prop} cannot be set; these can: ${props.join(", ")}`);
  const checked = await checkedValue(db, prop, value);
  const at = await eventRowsAnchored(db, eventId);
  const id = await judgeFacts(db, { action: "set", target: `event:${eventId}`, prop, value: checked.value }, at, judge, checked.person === undefined ? [] : [checked.person]);
  return { id, event: await eventNow(db, at, eventId) };
}

/** Gives a knowledge-base person a post ("ambassador to Egypt"), beside those the sources give. */
export async function setPersonPost(db: Kysely<Database>, personId: number, post: string, judge: FactJudge): Promise<Judged> {
  const { value } = await checkedValue(db, "title", post);
  return { id: await judgeFacts(db, { action: "set", target: `person:${personId}`, prop: "title", value }, await personRowAnchored(db, personId), judge) };
}

/** The open contradiction `id` with its two sides' rows. */
async function openConflict(db: Kysely<Database>, id: number) {
  const item = await contradiction(db, id);
  if (!item) throw new DossierError("entity_not_found", `no contradiction ${id} (see dossier conflicts)`);
  if (item.status !== "open") throw new DossierError("usage", `contradiction ${id} is settled already (dossier undo --correction takes a settlement back)`);
  const side = async (ref: string) => {
    const row = /^doc_event:\d+$/.test(ref) ? await docEventDate(db, Number(ref.slice(10))) : undefined;
    if (!row) throw new DossierError("entity_not_found", `contradiction ${id} names ${ref}, which is gone`);
    return row;
  };
  return { item, left: await side(item.left_ref), right: await side(item.right_ref) };
}

export const SETTLE_CHOICES = ["left", "right", "both"] as const;
export type SettleChoice = (typeof SETTLE_CHOICES)[number];

/**
 * Settles a contradiction between two sources' dates: the event takes the
 * date of one side, or keeps both as reported by different sources (both
 * accounts accepted, the event's date what most sources say). The item
 * leaves the queue; undo brings it back.
 */
export async function settleConflict(db: Kysely<Database>, conflictId: number, choice: SettleChoice, judge: FactJudge): Promise<Judged> {
  const { left, right } = await openConflict(db, conflictId);
  const value = choice === "both" ? null : (choice === "left" ? left : right).occurred;
  const at = await eventRowsAnchored(db, left.event);
  const also = left.event === right.event ? undefined : await eventRowsAnchored(db, right.event);
  const anchors: Anchored = also ? { anchors: [...at.anchors, ...also.anchors], documents: [...new Set([...at.documents, ...also.documents])], docPeople: [...at.docPeople, ...also.docPeople] } : at;
  const id = await judgeFacts(db, { action: "settle", target: `conflict:${conflictId}`, prop: "occurred", value }, anchors, judge, [],
    (trx) => setReviewItemStatus(trx, conflictId, "resolved"));
  return { id, event: await eventNow(db, at, left.id) };
}

/**
 * Takes back a judgement about facts (`id`; without one, the newest that
 * `by` made and nobody took back: never another judge's) by appending an
 * undo: the rows are derived again without it, and a settled contradiction
 * is open again. The log keeps both.
 */
export async function undoFactJudgement(db: Kysely<Database>, by: string, id?: number): Promise<{ undone: number; added: number }> {
  const targetId = id ?? (await lastUndoableFactJudgement(db, by));
  const j = targetId === undefined ? undefined : await factJudgement(db, targetId);
  if (!j || j.action === "undo") throw new DossierError("entity_not_found", id === undefined ? `no correction by ${by} to undo` : `no correction with id ${id}`);
  if (j.undone) throw new DossierError("usage", `correction #${j.id} is undone already`);
  const anchors = JSON.parse(j.anchors) as string[];
  const people = await eventPeopleOfDocuments(db, j.documents);
  const conflict = /^conflict:(\d+)$/.exec(j.target)?.[1];
  const added = await judgeFacts(db, { action: "undo", target: j.target, prop: j.prop ?? undefined, value: j.value, undoes: j.id },
    { anchors, documents: j.documents, docPeople: people }, { by, why: `undo #${j.id}` },
    j.prop === "person" && j.value ? [Number(j.value.slice(11))] : [],
    async (trx) => conflict && setReviewItemStatus(trx, Number(conflict), "open"));
  return { undone: j.id, added };
}
