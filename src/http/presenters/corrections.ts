import { z } from "zod";
import type { Judged } from "../../services/resolution/correct-facts.js";
import type { CorrectionEntry } from "../../services/resolution/review-queue.js";

/** What a judgement about facts answers: its id in the log, and the event it leaves (a new type or person may renumber it). */
export const CorrectedJson = z.object({ id: z.number().int(), event: z.number().int().nullable() }).strict();

/** An entry of the fact judgement log. */
export const CorrectionJson = z.object({
  id: z.number().int(),
  action: z.enum(["accept", "reject", "set", "settle", "undo"]),
  target: z.string().describe("event:N, statement:N, person:N or conflict:N"),
  prop: z.string().nullable(),
  value: z.string().nullable(),
  by: z.string(),
  at: z.string(),
  why: z.string().nullable(),
  undoes: z.number().int().nullable(),
  undone: z.boolean().describe("taken back by a later undo"),
}).strict();

export const presentCorrected = (j: Judged): z.infer<typeof CorrectedJson> => ({ id: j.id, event: j.event ?? null });

export const presentCorrection = (j: CorrectionEntry): z.infer<typeof CorrectionJson> => ({
  id: j.id, action: j.action, target: j.target, prop: j.prop, value: j.value, by: j.by, at: j.at, why: j.why, undoes: j.undoes, undone: j.undone,
});
