import type { Context } from "hono";
import { DossierError } from "../errors.js";
import { mergePeople, splitPeople, undoJudgement } from "../services/judge-people.js";
import type { Store } from "../store/open-store.js";
import { idParam } from "./format.js";
import { backTo } from "./notices.js";

/** Who the web UI records as the author of a judgement. */
export const WEB_ANALYST = "web";

async function form(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string"));
}

function required(value: string | undefined, what: string): number {
  const id = idParam(value);
  if (id === undefined) throw new DossierError("usage", `${what} must be a person id (a whole number)`);
  return id;
}

/** POST /review/judge: left, right, verdict (same | not_same), back; records the judgement, then 303 back. */
export async function judgeAction(store: Store, c: Context): Promise<Response> {
  const f = await form(c);
  const [left, right] = [required(f.left, "the first person"), required(f.right, "the other person")];
  if (f.verdict !== "same" && f.verdict !== "not_same") throw new DossierError("usage", "the verdict must be same or not_same");
  const judge = f.verdict === "same" ? mergePeople : splitPeople;
  const id = await judge(store.db, { left, right, by: WEB_ANALYST, why: f.back?.startsWith("/people/") ? "person page" : "review queue" });
  return c.redirect(backTo(f.back, f.verdict, id), 303);
}

/** POST /review/undo: id (optional: the last judgement), back; takes the judgement back, then 303 back. */
export async function undoAction(store: Store, c: Context): Promise<Response> {
  const f = await form(c);
  const id = f.id ? required(f.id, "the judgement") : undefined;
  await undoJudgement(store.db, WEB_ANALYST, id);
  return c.redirect(backTo(f.back, "undone"), 303);
}
