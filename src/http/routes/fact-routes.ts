import { z } from "zod";
import { DossierError } from "../../errors.js";
import { correctable } from "../../model/properties.js";
import { correctEvent, reviewEvent, reviewStatement, setPersonPost, settleConflict, SETTLE_CHOICES, undoFactJudgement } from "../../services/resolution/correct-facts.js";
import { currentPerson } from "../../services/resolution/current-person.js";
import { correctionPage } from "../../services/resolution/review-queue.js";
import { visibleFact } from "../../services/access/visible-facts.js";
import type { Store } from "../../store/open-store.js";
import { defineRoute, type ApiRoute } from "../api-route.js";
import { BY, judgeName } from "../judge-input.js";
import { ID_PARAMS, MAX_INT, PAGE_QUERY, pageOf, presentCutPage } from "../presenters/common.js";
import { CorrectedJson, CorrectionJson, presentCorrected, presentCorrection } from "../presenters/corrections.js";
import { UndoneJson, presentUndone } from "../presenters/review.js";
import { factJudgementExists } from "../../store/queries/record-exists.js";

const by = BY;
const why = z.string().max(2000).optional().describe("the reason, kept in the log");
const verdict = z.enum(["accept", "reject"]).describe("accept marks it checked; reject shows it nowhere (undo brings it back)");


/** A judgement names only what the viewer sees: anything else is not_found, as if it did not exist. */
async function mustSee(store: Store, kind: "event" | "statement" | "conflict", id: number): Promise<void> {
  if (!(await visibleFact(store, kind, id))) throw new DossierError("entity_not_found", `no ${kind} ${id}`);
}

/** POST /events/{id}/review or /statements/{id}/review: accept or reject it. */
function reviewRoute(kind: "event" | "statement", summary: string): ApiRoute {
  const review = kind === "event" ? reviewEvent : reviewStatement;
  return defineRoute({
    method: "post", path: `/${kind}s/:id/review`, name: kind === "event" ? "reviewEvent" : "reviewStatement", tag: "review", summary,
    params: ID_PARAMS, body: z.object({ verdict, by, why }).strict(), response: CorrectedJson, status: 201, requires: "judge",
    handle: async (store, { params, body }, { viewer, writer }) => {
      await mustSee(store, kind, params.id);
      return presentCorrected(await review(writer.db, params.id, body.verdict, { by: judgeName(viewer, body.by), why: body.why }));
    },
  });
}

/** Corrections, acceptances, rejections and settlements: the fact judgement log, read, appended to, taken back. */
export const FACT_ROUTES: ApiRoute[] = [
  defineRoute({
    method: "get", path: "/corrections", name: "listCorrections", tag: "review", summary: "The log of judgements about facts, newest first",
    query: z.object(PAGE_QUERY).strict(), response: pageOf(CorrectionJson),
    handle: async (store, { query }) => presentCutPage(await correctionPage(store, query), query, presentCorrection),
  }),
  defineRoute({
    method: "post", path: "/events/:id/corrections", name: "correctEvent", tag: "review", summary: "Set an event's date (its precision as written), type, person or place over its sources'",
    params: ID_PARAMS, response: CorrectedJson, status: 201, requires: "judge",
    body: z.object({
      prop: z.enum(correctable("event").map((p) => p.name) as [string, ...string[]]).describe("occurred (YYYY, YYYY-MM or YYYY-MM-DD), type, person (a name or id) or place"),
      value: z.string().trim().min(1).max(200), by, why,
    }).strict(),
    handle: async (store, { params, body }, { viewer, writer }) => {
      await mustSee(store, "event", params.id);
      if (body.prop === "person" && !(await visibleFact(store, "person", body.value))) throw new DossierError("entity_not_found", `no person named "${body.value}"`);
      return presentCorrected(await correctEvent(writer.db, params.id, body.prop, body.value, { by: judgeName(viewer, body.by), why: body.why }));
    },
  }),
  reviewRoute("event", "Accept or reject an event (every source's account of it)"),
  reviewRoute("statement", "Accept or reject one statement (an alias, a post, a date…)"),
  defineRoute({
    method: "post", path: "/people/:id/posts", name: "addPost", tag: "review", summary: "Give a person a post the sources do not",
    params: ID_PARAMS, body: z.object({ post: z.string().trim().min(1).max(200), by, why }).strict(), response: CorrectedJson, status: 201, requires: "judge",
    handle: async (store, { params, body }, { viewer, writer }) => {
      if ((await currentPerson(store, params.id)) === undefined) throw new DossierError("entity_not_found", `no person with id ${params.id}`);
      return presentCorrected(await setPersonPost(writer.db, params.id, body.post, { by: judgeName(viewer, body.by), why: body.why }));
    },
  }),
  defineRoute({
    method: "post", path: "/conflicts/:id/settle", name: "settleConflict", tag: "review", summary: "Settle a contradiction: one source's date, or both as reported",
    params: ID_PARAMS, body: z.object({ choice: z.enum(SETTLE_CHOICES).describe("left, right, or both (kept as reported by different sources)"), by, why }).strict(),
    response: CorrectedJson, status: 201, requires: "judge",
    handle: async (store, { params, body }, { viewer, writer }) => {
      await mustSee(store, "conflict", params.id);
      return presentCorrected(await settleConflict(writer.db, params.id, body.choice, { by: judgeName(viewer, body.by), why: body.why }));
    },
  }),
  defineRoute({
    method: "post", path: "/corrections/undo", name: "undoCorrection", tag: "review", summary: "Take back a judgement about facts by its id (one the caller can see)",
    body: z.object({ id: z.number().int().min(1).max(MAX_INT).describe("the correction to take back (from /corrections)"), by }).strict(),
    response: UndoneJson, status: 201, requires: "judge",
    handle: async (store, { body }, { viewer, writer }) => {
      if (!(await factJudgementExists(store.db, body.id))) {
        throw new DossierError("entity_not_found", `no correction ${body.id}`);
      }
      return presentUndone(await undoFactJudgement(writer.db, judgeName(viewer, body.by), body.id));
    },
  }),
];
