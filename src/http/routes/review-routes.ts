import { z } from "zod";
import { DossierError } from "../../errors.js";
import { ROLES } from "../../services/access/access.js";
import { currentPerson } from "../../services/resolution/current-person.js";
import type { Store } from "../../store/open-store.js";
import { conflictList } from "../../services/reading/kb-queries.js";
import { mergePeople, splitPeople, undoJudgement } from "../../services/resolution/judge-people.js";
import { judgementLog, reviewQueue } from "../../services/resolution/review-queue.js";
import { defineRoute, type ApiRoute } from "../api-route.js";
import { BY, judgeName } from "../judge-input.js";
import { MAX_INT, PAGE_QUERY, pageOf, presentCutPage, presentPage } from "../presenters/common.js";
import {
  ConflictJson, JudgedJson, JudgementJson, ReviewItemJson, UndoneJson, presentConflict, presentJudged, presentJudgement, presentReviewItem, presentUndone,
} from "../presenters/review.js";
import { judgementExists } from "../../store/queries/record-exists.js";

const personId = (what: string) => z.number().int().min(1).max(MAX_INT).describe(what);
const by = BY;

const JUDGEMENT_BODY = z.object({
  left: personId("a person id (from /people, or a document person from /documents/{id})"),
  right: personId("another person id"),
  verdict: z.enum(["same", "not_same"]).describe("same merges the two; not_same keeps them apart"),
  by,
  why: z.string().max(2000).optional().describe("the reason, kept in the log"),
}).strict();


/** A judgement names only people the viewer can see: another id is not_found, as if it did not exist. */
async function visiblePeople(store: Store, ids: number[]): Promise<void> {
  for (const id of ids) if ((await currentPerson(store, id)) === undefined) throw new DossierError("entity_not_found", `no person with id ${id}`);
}

/** The review queue and the judgement log: reading it, appending to it, taking a judgement back. */
export const REVIEW_ROUTES: ApiRoute[] = [
  defineRoute({
    method: "get", path: "/conflicts", name: "listConflicts", tag: "review", summary: "Open contradictions between sources, with both quotes",
    query: z.object(PAGE_QUERY).strict(), response: pageOf(ConflictJson),
    handle: async (store, { query }) => presentPage(await conflictList(store), query, presentConflict),
  }),
  defineRoute({
    method: "get", path: "/review", name: "listReview", tag: "review", summary: "Open review items: merge suggestions not yet judged and contradictions",
    query: z.object(PAGE_QUERY).strict(), response: pageOf(ReviewItemJson),
    handle: async (store, { query }) => presentPage(await reviewQueue(store), query, presentReviewItem),
  }),
  defineRoute({
    method: "get", path: "/judgements", name: "listJudgements", tag: "review", summary: "The judgement log, newest first",
    query: z.object(PAGE_QUERY).strict(), response: pageOf(JudgementJson),
    handle: async (store, { query }) => presentCutPage(await judgementLog(store, query), query, presentJudgement),
  }),
  defineRoute({
    method: "post", path: "/judgements", name: "addJudgement", tag: "review", summary: "Judge two people the same or not the same (reversible)",
    body: JUDGEMENT_BODY, response: JudgedJson, status: 201, requires: "judge",
    handle: async (store, { body }, { viewer, writer }) => {
      await visiblePeople(store, [body.left, body.right]);
      const judge = body.verdict === "same" ? mergePeople : splitPeople;
      return presentJudged(await judge(writer.db, { ...body, by: judgeName(viewer, body.by), clearance: ROLES[viewer.role].clearance }), body);
    },
  }),
  defineRoute({
    method: "post", path: "/judgements/undo", name: "undoJudgement", tag: "review", summary: "Take back an analyst's judgement by its id (one the caller can see)",
    body: z.object({ id: z.number().int().min(1).max(MAX_INT).describe("the judgement to take back (from /judgements)"), by }).strict(),
    response: UndoneJson, status: 201, requires: "judge",
    handle: async (store, { body }, { viewer, writer }) => {
      if (!(await judgementExists(store.db, body.id))) {
        throw new DossierError("entity_not_found", `no judgement ${body.id}`);
      }
      return presentUndone(await undoJudgement(writer.db, judgeName(viewer, body.by), body.id, ROLES[viewer.role].clearance));
    },
  }),
];
