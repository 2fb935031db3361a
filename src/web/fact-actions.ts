import type { Context } from "hono";
import { DossierError } from "../errors.js";
import { requireRole, type Viewer } from "../services/access/access.js";
import { correctEvent, reviewEvent, reviewStatement, setPersonPost, settleConflict, SETTLE_CHOICES, undoFactJudgement, type SettleChoice } from "../services/resolution/correct-facts.js";
import { currentPerson } from "../services/resolution/current-person.js";
import { visibleFact } from "../services/access/visible-facts.js";
import type { Store } from "../store/open-store.js";
import { idParam } from "./format.js";
import { backTo } from "./notices.js";
import { authorOf, form } from "./review-actions.js";
import { factJudgementExists } from "../store/queries/record-exists.js";


function idOf(value: string | undefined, what: string): number {
  const id = idParam(value);
  if (id === undefined) throw new DossierError("usage", `${what} must be an id (a whole number)`);
  return id;
}

/** The event, statement or contradiction a form names, if the viewer can see it; not found otherwise, as if it did not exist. */
async function visible(viewer: Viewer, kind: "event" | "statement" | "conflict", id: number): Promise<void> {
  if (!(await visibleFact(viewer.reader, kind, id))) throw new DossierError("entity_not_found", `no ${kind} ${id}`);
}

/** `back`, with the event's new id as its fragment when the event is shown there (a corrected type or person may renumber it). */
const backToEvent = (back: string | undefined, event: number | undefined): string | undefined =>
  back && event !== undefined ? back.replace(/#event-\d+$/, `#event-${event}`) : back;

/**
 * POST /facts/correct: event, prop (occurred, type, person, place), value, back;
 * or person and post. Sets the value over the sources', then 303 back with Undo.
 */
export async function correctAction(store: Store, viewer: Viewer, c: Context): Promise<Response> {
  requireRole(viewer, "judge");
  const f = await form(c);
  const judge = { by: authorOf(viewer), why: f.why || "corrected on the person page" };
  if (f.person !== undefined && f.post !== undefined) {
    const person = idOf(f.person, "person");
    if ((await currentPerson(viewer.reader, person)) === undefined) throw new DossierError("entity_not_found", `no person with id ${person}`);
    const { id } = await setPersonPost(store.db, person, f.post, judge);
    return c.redirect(backTo(f.back, "corrected", id), 303);
  }
  const event = idOf(f.event, "event");
  await visible(viewer, "event", event);
  if (f.prop === "person" && !(await visibleFact(viewer.reader, "person", f.value ?? ""))) throw new DossierError("entity_not_found", `no person named "${f.value ?? ""}"`);
  const j = await correctEvent(store.db, event, f.prop ?? "", f.value ?? "", judge);
  return c.redirect(backTo(backToEvent(f.back, j.event), "corrected", j.id), 303);
}

/** POST /facts/review: event or statement, verdict (accept | reject), back. */
export async function reviewAction(store: Store, viewer: Viewer, c: Context): Promise<Response> {
  requireRole(viewer, "judge");
  const f = await form(c);
  if (f.verdict !== "accept" && f.verdict !== "reject") throw new DossierError("usage", "the verdict must be accept or reject");
  const judge = { by: authorOf(viewer), why: f.why || undefined };
  const kind = f.statement !== undefined ? "statement" : "event";
  const id = idOf(kind === "statement" ? f.statement : f.event, kind);
  await visible(viewer, kind, id);
  const j = kind === "statement" ? await reviewStatement(store.db, id, f.verdict, judge) : await reviewEvent(store.db, id, f.verdict, judge);
  return c.redirect(backTo(f.back, f.verdict === "accept" ? "accepted" : "rejected", j.id), 303);
}

/** POST /facts/settle: conflict, choice (left | right | both), back. */
export async function settleAction(store: Store, viewer: Viewer, c: Context): Promise<Response> {
  requireRole(viewer, "judge");
  const f = await form(c);
  if (!(SETTLE_CHOICES as readonly string[]).includes(f.choice ?? "")) throw new DossierError("usage", `the choice must be ${SETTLE_CHOICES.join(", ")}`);
  const conflict = idOf(f.conflict, "conflict");
  await visible(viewer, "conflict", conflict);
  const { id } = await settleConflict(store.db, conflict, f.choice as SettleChoice, { by: authorOf(viewer), why: f.why || undefined });
  return c.redirect(backTo(f.back, "settled", id), 303);
}

/** POST /facts/undo: id (a correction the viewer can see), back. */
export async function undoFactAction(store: Store, viewer: Viewer, c: Context): Promise<Response> {
  requireRole(viewer, "judge");
  const f = await form(c);
  const id = idOf(f.id, "the correction");
  if (!(await factJudgementExists(viewer.reader.db, id))) {
    throw new DossierError("entity_not_found", `no correction ${id}`);
  }
  await undoFactJudgement(store.db, authorOf(viewer), id);
  return c.redirect(backTo(f.back, "correction_undone"), 303);
}
