import { z } from "zod";
import type { Conflict } from "../../services/reading/kb-queries.js";
import type { ConflictSide, JudgementEntry, ReviewItem } from "../../services/resolution/review-queue.js";
import { partialDate } from "./common.js";

/** One side of a review item: the reference and the words of its source. */
const SideJson = z.object({
  ref: z.string().describe("doc_person:N, doc_event:N or statement:N"),
  person: z.number().int().nullable(),
  documentId: z.number().int().nullable(),
  document: z.string().nullable(),
  title: z.string().nullable(),
  published: partialDate.nullable(),
  quote: z.string().nullable(),
}).strict();

const ITEM_FIELDS = { id: z.number().int(), subject: z.string(), detail: z.string(), createdAt: z.string(), left: SideJson, right: SideJson };

/** An open contradiction between two sources. */
export const ConflictJson = z.object({ ...ITEM_FIELDS, person: z.number().int().nullable() }).strict();

/** An open question for an analyst: a suggested merge, a contradiction, or a judgement whose evidence changed (recheck). */
export const ReviewItemJson = z.object({ ...ITEM_FIELDS, kind: z.enum(["merge", "contradiction", "recheck"]) }).strict();

/** An entry of the judgement log; left and right are document-person ids. */
export const JudgementJson = z.object({
  id: z.number().int(),
  left: z.number().int(),
  right: z.number().int(),
  leftName: z.string().nullable(),
  rightName: z.string().nullable(),
  verdict: z.enum(["same", "not_same", "unsure"]),
  by: z.string(),
  at: z.string(),
  why: z.string().nullable(),
}).strict();

/** What POST /judgements answers. */
export const JudgedJson = z.object({ id: z.number().int(), left: z.number().int(), right: z.number().int(), verdict: z.enum(["same", "not_same"]) }).strict();

/** What POST /judgements/undo answers: the judgement taken back and the one appended to do it. */
export const UndoneJson = z.object({ undone: z.number().int(), added: z.number().int() }).strict();

const presentSide = (s: ConflictSide): z.infer<typeof SideJson> => ({
  ref: s.ref, person: s.person, documentId: s.documentId, document: s.document, title: s.title, published: s.published, quote: s.quote,
});

const itemFields = (i: Conflict | ReviewItem) => ({
  id: i.id, subject: i.subject, detail: i.detail, createdAt: i.createdAt, left: presentSide(i.left), right: presentSide(i.right),
});

export const presentConflict = (c: Conflict): z.infer<typeof ConflictJson> => ({ ...itemFields(c), person: c.person });

export const presentReviewItem = (i: ReviewItem): z.infer<typeof ReviewItemJson> => ({ ...itemFields(i), kind: i.kind });

export const presentJudgement = (j: JudgementEntry): z.infer<typeof JudgementJson> => ({
  id: j.id, left: j.left, right: j.right, leftName: j.leftName, rightName: j.rightName, verdict: j.verdict, by: j.by, at: j.at, why: j.why,
});

export const presentJudged = (id: number, j: { left: number; right: number; verdict: "same" | "not_same" }): z.infer<typeof JudgedJson> => ({
  id, left: j.left, right: j.right, verdict: j.verdict,
});

export const presentUndone = (r: { undone: number; added: number }): z.infer<typeof UndoneJson> => ({ undone: r.undone, added: r.added });
