import type { Context } from "hono";
import { DossierError } from "../errors.js";
import { LOCAL_USER, requireRole, ROLES, type Viewer } from "../services/access/access.js";
import { currentPerson } from "../services/resolution/current-person.js";
import { mergePeople, splitPeople, undoJudgement } from "../services/resolution/judge-people.js";
import { protectPerson, setLevel, unprotectPerson } from "../services/access/protect-records.js";
import { isLevel, LEVELS } from "../model/levels.js";
import type { Store } from "../store/open-store.js";
import { idParam } from "./format.js";
import { backTo } from "./notices.js";
import { judgementExists } from "../store/queries/record-exists.js";

/** Who the web UI records as the author of a judgement on a server without sign-in. */
export const WEB_ANALYST = "web";

export const authorOf = (viewer: Viewer): string => (viewer.name === LOCAL_USER.name ? WEB_ANALYST : viewer.name);

/** The text fields of a form POST. */
export async function form(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string"));
}

function required(value: string | undefined, what: string, kind = "a person id"): number {
  const id = idParam(value);
  if (id === undefined) throw new DossierError("usage", `${what} must be ${kind} (a whole number)`);
  return id;
}

/** POST /review/judge: left, right, verdict (same | not_same), back; records the judgement, then 303 back. */
export async function judgeAction(store: Store, viewer: Viewer, c: Context): Promise<Response> {
  requireRole(viewer, "judge");
  const f = await form(c);
  const [left, right] = [required(f.left, "the first person"), required(f.right, "the other person")];
  if (f.verdict !== "same" && f.verdict !== "not_same") throw new DossierError("usage", "the verdict must be same or not_same");
  // only people the viewer can see: another id is not found, as if it did not exist
  for (const p of [left, right]) if ((await currentPerson(viewer.reader, p)) === undefined) throw new DossierError("entity_not_found", `no person with id ${p}`);
  const judge = f.verdict === "same" ? mergePeople : splitPeople;
  const id = await judge(store.db, { left, right, by: authorOf(viewer), why: f.back?.startsWith("/people/") ? "person page" : "review queue", clearance: ROLES[viewer.role].clearance });
  return c.redirect(backTo(f.back, f.verdict, id), 303);
}

/** POST /review/undo: id (a judgement the viewer can see), back; takes the judgement back, then 303 back. */
export async function undoAction(store: Store, viewer: Viewer, c: Context): Promise<Response> {
  requireRole(viewer, "judge");
  const f = await form(c);
  const id = required(f.id, "the judgement", "a judgement id");
  if (!(await judgementExists(viewer.reader.db, id))) {
    throw new DossierError("entity_not_found", `no judgement ${id}`);
  }
  await undoJudgement(store.db, authorOf(viewer), id, ROLES[viewer.role].clearance);
  return c.redirect(backTo(f.back, "undone"), 303);
}

/** POST /admin/level (admins): document, level; sets the document's level, then 303 back to it. */
export async function levelAction(store: Store, viewer: Viewer, c: Context): Promise<Response> {
  requireRole(viewer, "admin");
  const f = await form(c);
  const id = idParam(f.document);
  if (id === undefined) throw new DossierError("usage", "document must be a document id");
  if (!isLevel(f.level)) throw new DossierError("usage", `the level must be one of ${LEVELS.join(", ")}`);
  await setLevel(store.db, "document", id, f.level);
  return c.redirect(`/documents/${id}`, 303);
}

/** POST /admin/protect (admins): person, pseudonym, level, or remove; then 303 back to the person. */
export async function protectAction(store: Store, viewer: Viewer, c: Context): Promise<Response> {
  requireRole(viewer, "admin");
  const f = await form(c);
  const person = required(f.person, "person");
  if (f.remove) await unprotectPerson(store.db, person);
  else {
    if (!isLevel(f.level)) throw new DossierError("usage", `the level must be one of ${LEVELS.join(", ")}`);
    await protectPerson(store.db, person, f.level, f.pseudonym ?? "", authorOf(viewer));
  }
  return c.redirect(`/people/${person}`, 303);
}
